package fr.cnnumerique.cafeia.moderation;

/**
 * A piece of content may be shown publicly: a moderator approved it, or its author is
 * trusted. The owning content module publishes it; the event may repeat for the same
 * content (a trusted publication later confirmed by a moderator), so listeners apply it
 * idempotently.
 *
 * @param contentType the type given at submission
 * @param contentId the id given at submission
 * @param moderatorId the moderator who approved, {@code null} when published because the
 * author is trusted
 */
public record ContentApproved(String contentType, String contentId, Long moderatorId) {

}
