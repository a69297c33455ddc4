package fr.cnnumerique.cafeia.feedback.ideas;

import java.time.Instant;
import java.util.List;

/**
 * A contribution as staff see it.
 *
 * @param id its id
 * @param kind idea, action or resource proposal
 * @param subject the subject
 * @param message the message
 * @param email where to answer, {@code null} if none was given or once erased
 * @param locale the language the contributor wrote in
 * @param flags personal data found in the message
 * @param status where staff stand
 * @param retained whether staff keep it for the annual report
 * @param createdAt when it was sent
 * @param closedAt when it was closed, {@code null} while open
 * @param answeredAt when staff last answered by e-mail, {@code null} if never
 * @param answeredBy who last answered
 * @param emailErasedAt when its address was erased, {@code null} if not
 * @param version the optimistic-lock version
 */
record Idea(long id, IdeaKind kind, String subject, String message, String email, String locale, List<String> flags,
		IdeaStatus status, boolean retained, Instant createdAt, Instant closedAt, Instant answeredAt, String answeredBy,
		Instant emailErasedAt, long version) {

	public boolean canBeAnswered() {
		return this.email != null;
	}

}
