package fr.cnnumerique.cafeia.events;

/**
 * How people register for a café.
 */
public enum RegistrationMode {

	/** On the portal, with capacity and waiting list (registrations module). */
	PORTAL,

	/** On another site, at the café's registration link. */
	EXTERNAL,

	/** No registration needed: people just come. */
	NONE

}
