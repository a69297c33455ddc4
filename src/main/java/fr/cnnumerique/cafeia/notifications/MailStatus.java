package fr.cnnumerique.cafeia.notifications;

/**
 * Where a mail of the outbox stands.
 */
public enum MailStatus {

	/**
	 * Waiting for the sender job, possibly after failed attempts.
	 */
	PENDING,

	/**
	 * Handed to the SMTP server.
	 */
	SENT,

	/**
	 * Given up after the configured number of attempts.
	 */
	FAILED

}
