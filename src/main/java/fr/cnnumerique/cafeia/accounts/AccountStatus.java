package fr.cnnumerique.cafeia.accounts;

/**
 * Whether an account that is not deleted may log in.
 */
public enum AccountStatus {

	/** Logs in normally. */
	ACTIVE,

	/** Suspended by an administrator: refused at login, its content hidden. */
	SUSPENDED

}
