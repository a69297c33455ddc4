package fr.cnnumerique.cafeia.events;

/**
 * Where a café stands. The public sees published and cancelled cafés only.
 */
public enum EventStatus {

	/** Being written, or sent back by moderation. */
	DRAFT,

	/** Waiting for its first approval. */
	SUBMITTED,

	/** Public. */
	PUBLISHED,

	/** Was public and was cancelled; still shown, as cancelled. */
	CANCELLED;

	/**
	 * Whether the public sees the café.
	 * @return {@code true} for published and cancelled cafés
	 */
	public boolean isPublic() {
		return this == PUBLISHED || this == CANCELLED;
	}

}
