package fr.cnnumerique.cafeia.moderation;

/**
 * A moderator sent a piece of content back to its author for changes. The owning content
 * module keeps it (or takes it) off the public site until the author edits it, which
 * re-submits it through {@link ModerationQueue#submit(Submission)}.
 *
 * @param contentType the type given at submission
 * @param contentId the id given at submission
 * @param reason code of the reason chosen from the configured list
 * @param comment the moderator's free text, possibly {@code null}
 */
public record ChangesRequested(String contentType, String contentId, String reason, String comment) {

}
