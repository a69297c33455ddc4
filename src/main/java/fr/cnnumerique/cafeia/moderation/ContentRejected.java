package fr.cnnumerique.cafeia.moderation;

/**
 * A moderator refused a piece of content. The owning content module keeps it (or takes
 * it) off the public site: the event may follow a {@link ContentApproved} when the author
 * is trusted and the a posteriori review refuses the content.
 *
 * @param contentType the type given at submission
 * @param contentId the id given at submission
 * @param reason code of the reason chosen from the configured list, such as
 * {@code hors-sujet}
 * @param comment the moderator's free text, possibly {@code null}
 */
public record ContentRejected(String contentType, String contentId, String reason, String comment) {

}
