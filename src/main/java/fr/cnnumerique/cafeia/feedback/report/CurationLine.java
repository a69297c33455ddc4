package fr.cnnumerique.cafeia.feedback.report;

import java.time.LocalDate;
import java.util.List;

import fr.cnnumerique.cafeia.feedback.curation.Curation;

/**
 * One free text of a report as staff curate it.
 *
 * @param id the item id
 * @param kind what it is
 * @param themeCode its theme, {@code null} for a single text
 * @param text as it reads now
 * @param originalText as the facilitator wrote it
 * @param flags personal data detected in the text
 * @param curation where it stands
 * @param version for optimistic locking
 * @param reportId its report
 * @param reportTitle the café's title, {@code null} when none was given
 * @param heldOn the day of the café
 * @param communeName its commune, {@code null} online
 */
record CurationLine(long id, ItemKind kind, String themeCode, String text, String originalText, List<String> flags,
		Curation curation, long version, long reportId, String reportTitle, LocalDate heldOn, String communeName) {

	/** Whether staff changed the facilitator's text. */
	public boolean edited() {
		return !this.text.equals(this.originalText);
	}

	/** Whether personal data seem to be in the text. */
	public boolean flagged() {
		return !this.flags.isEmpty();
	}

}
