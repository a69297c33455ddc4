package fr.cnnumerique.cafeia.moderation;

/**
 * Staff took a published piece of content off the public site, usually after a visitor
 * report. The owning content module hides it; a later edit re-submits it.
 *
 * @param contentType the type given at submission
 * @param contentId the id given at submission
 * @param reason code of the reason chosen from the configured list
 * @param comment the staff member's free text, possibly {@code null}
 */
public record ContentUnpublished(String contentType, String contentId, String reason, String comment) {

}
