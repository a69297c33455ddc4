package fr.cnnumerique.cafeia.events.management;

/**
 * The last moderation step of a café's texts, for its organisers.
 */
public enum ModerationState {

	/** Never submitted. */
	NONE,

	/** Waiting for a moderator. */
	PENDING,

	/** The current texts were approved. */
	APPROVED,

	/** The last submitted texts were refused. */
	REJECTED,

	/** A moderator asked for changes. */
	CHANGES_REQUESTED,

	/** A moderator took the café off the public pages. */
	UNPUBLISHED

}
