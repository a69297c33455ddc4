package fr.cnnumerique.cafeia.feedback.participant;

import java.time.LocalDate;
import java.util.List;

import fr.cnnumerique.cafeia.feedback.curation.Curation;

/**
 * A participant's comment as staff curate it.
 *
 * @param id the answer id
 * @param text the comment as it reads now
 * @param originalText as the participant wrote it, {@code null} while staff have not
 * edited it
 * @param flags personal data detected in the text
 * @param curation where it stands
 * @param version for optimistic locking
 * @param eventDate the day of the café
 * @param departementCode its département, {@code null} online
 * @param satisfaction the satisfaction given with it, 1 to 5
 */
record CommentLine(long id, String text, String originalText, List<String> flags, Curation curation, long version,
		LocalDate eventDate, String departementCode, int satisfaction) {

	/** Whether staff changed the participant's text. */
	public boolean edited() {
		return this.originalText != null && !this.originalText.equals(this.text);
	}

	/** Whether personal data seem to be in the text. */
	public boolean flagged() {
		return !this.flags.isEmpty();
	}

}
