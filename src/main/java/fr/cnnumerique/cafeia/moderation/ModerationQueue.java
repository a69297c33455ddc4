package fr.cnnumerique.cafeia.moderation;

import java.util.Optional;

import fr.cnnumerique.cafeia.moderation.queue.ModerationDesk;

import org.springframework.stereotype.Service;

/**
 * The one way content reaches the public: content modules submit every creation and edit
 * here, then apply the decisions they receive as events ({@link ContentApproved},
 * {@link ContentRejected}, {@link ChangesRequested}, {@link ContentUnpublished}) with
 * {@code @ApplicationModuleListener}. Events are published in the deciding transaction
 * and their delivery is persisted (Spring Modulith event publication registry), so a
 * decision taken is applied even if the application stops in between.
 */
@Service
public class ModerationQueue {

	private final ModerationDesk desk;

	ModerationQueue(ModerationDesk desk) {
		this.desk = desk;
	}

	/**
	 * Puts a piece of content in the queue, in the caller's transaction. A re-submission
	 * (same type and id) replaces what was there: a pending version, or a decided one
	 * that the author edited. When the author is trusted ({@link TrustedAuthors}) the
	 * content is published at once ({@link ContentApproved} with no moderator) and still
	 * listed for review after the fact.
	 * @param submission the content and its snapshot
	 * @return {@link ModerationStatus#PENDING}, or {@link ModerationStatus#PUBLISHED} for
	 * a trusted author
	 */
	public ModerationStatus submit(Submission submission) {
		return this.desk.submit(submission);
	}

	/**
	 * Where a piece of content stands.
	 * @param contentType the type given at submission
	 * @param contentId the id given at submission
	 * @return the status, or empty if the content was never submitted or was withdrawn
	 */
	public Optional<ModerationStatus> statusOf(String contentType, String contentId) {
		return this.desk.statusOf(contentType, contentId);
	}

	/**
	 * Removes a piece of content and its reports from the queue, for content its author
	 * or its module deleted. Does nothing for unknown content.
	 * @param contentType the type given at submission
	 * @param contentId the id given at submission
	 */
	public void withdraw(String contentType, String contentId) {
		this.desk.withdraw(contentType, contentId);
	}

}
