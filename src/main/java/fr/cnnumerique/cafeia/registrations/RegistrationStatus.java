package fr.cnnumerique.cafeia.registrations;

/**
 * Where a registration stands.
 */
enum RegistrationStatus {

	/** Places are taken. */
	CONFIRMED,

	/** On the waiting list, in order of registration. */
	WAITING,

	/** Cancelled by the person; places freed. */
	CANCELLED

}
