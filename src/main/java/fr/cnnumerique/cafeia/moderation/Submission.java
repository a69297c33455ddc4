package fr.cnnumerique.cafeia.moderation;

import java.util.regex.Pattern;

/**
 * A piece of content a content module hands to the {@link ModerationQueue}: a reference
 * by type and id, what moderators need to judge it, and the submitted version as text.
 *
 * @param contentType kind of content, lowercase letters, digits and hyphens starting with
 * a letter, at most 40 characters, such as {@code event} or {@code venue}
 * @param contentId the content's id within its type, 1 to 100 characters
 * @param title the title as it will appear publicly
 * @param authorId account id of the author, who is mailed the decision
 * @param publicUrl where the content is (or will be) shown, an absolute path such as
 * {@code /cafes/12-cafe-ia-lyon} or an {@code http(s)} URL; may be {@code null}
 * @param excerpt a short plain-text extract shown in the queue; may be {@code null}
 * @param version a plain-text or Markdown snapshot of everything the moderator judges,
 * one field per line or paragraph: the review page shows its line differences from the
 * last approved version; may be {@code null} (treated as empty)
 */
public record Submission(String contentType, String contentId, String title, long authorId, String publicUrl,
		String excerpt, String version) {

	private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

	private static final Pattern URL = Pattern.compile("(/(?!/)|https?://)\\S*");

	/**
	 * Checks the reference and normalises optional text.
	 * @throws IllegalArgumentException if the type, id, title or URL is not acceptable
	 */
	public Submission {
		if (contentType == null || !TYPE.matcher(contentType).matches()) {
			throw new IllegalArgumentException("Content type must match " + TYPE + ", not " + contentType);
		}
		if (contentId == null || contentId.isBlank() || contentId.length() > 100) {
			throw new IllegalArgumentException("Content id must have 1 to 100 characters");
		}
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("A submission needs a title");
		}
		if (publicUrl != null && !URL.matcher(publicUrl).matches()) {
			throw new IllegalArgumentException("Public URL must be an absolute path or an http(s) URL");
		}
		title = title.strip();
		version = (version != null) ? version : "";
	}

}
