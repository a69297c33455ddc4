package fr.cnnumerique.cafeia.moderation;

/**
 * Where a piece of content stands in moderation.
 */
public enum ModerationStatus {

	/** Waiting for a moderator; not public. */
	PENDING,

	/**
	 * Public: approved by a moderator, or published at once because its author is
	 * trusted.
	 */
	PUBLISHED,

	/**
	 * Sent back to its author for changes; not public until re-submitted and approved.
	 */
	CHANGES_REQUESTED,

	/** Refused; not public. */
	REJECTED,

	/** Taken off the public site by staff after it was published. */
	UNPUBLISHED

}
