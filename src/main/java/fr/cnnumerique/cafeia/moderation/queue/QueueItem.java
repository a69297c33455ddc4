package fr.cnnumerique.cafeia.moderation.queue;

import java.time.Instant;

import fr.cnnumerique.cafeia.moderation.ModerationStatus;

/**
 * A row of the queue as the staff pages show it.
 *
 * @param id queue item id, used in staff URLs
 * @param contentType content type given at submission
 * @param contentId content id given at submission
 * @param title public title
 * @param authorId account id of the author
 * @param publicUrl public address of the content, or {@code null}
 * @param excerpt short extract, or {@code null}
 * @param submittedVersion snapshot of the latest submission
 * @param approvedVersion snapshot last approved by a moderator, or {@code null}
 * @param status where the content stands
 * @param needsReview published because the author is trusted, not yet reviewed
 * @param submittedAt when the latest version was submitted
 * @param decidedAt when the last decision was taken, or {@code null}
 * @param decisionReason reason code of the last decision, or {@code null}
 * @param decisionComment free text of the last decision, or {@code null}
 * @param version optimistic-locking version, carried by decision forms
 */
public record QueueItem(long id, String contentType, String contentId, String title, long authorId, String publicUrl,
		String excerpt, String submittedVersion, String approvedVersion, ModerationStatus status, boolean needsReview,
		Instant submittedAt, Instant decidedAt, String decisionReason, String decisionComment, long version) {

	/**
	 * Whether a moderator may still decide: pending, or published by trust and not yet
	 * reviewed.
	 * @return {@code true} if the decision form applies
	 */
	public boolean decidable() {
		return this.status == ModerationStatus.PENDING || this.needsReview;
	}

}
