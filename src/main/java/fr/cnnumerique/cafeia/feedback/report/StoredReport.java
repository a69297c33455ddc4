package fr.cnnumerique.cafeia.feedback.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import fr.cnnumerique.cafeia.events.EventFormat;
import fr.cnnumerique.cafeia.feedback.curation.Curation;
import fr.cnnumerique.cafeia.feedback.report.ReportForm.ItemRow;

/**
 * A report as stored, with its items.
 *
 * @param id the report id
 * @param eventId the café of the portal, {@code null} for a catch-up report
 * @param authorId who filed it
 * @param title the café's title, {@code null} when a catch-up report gives none
 * @param heldOn the day of the café
 * @param eventFormat in person, online or hybrid
 * @param communeName the commune, {@code null} online
 * @param departementCode its département, {@code null} online
 * @param audiences audience codes
 * @param participants people present
 * @param firstTimers people at their first café
 * @param ages counts per age band, {@code null} when not given
 * @param durationMinutes how long it lasted
 * @param formatCode how it was run
 * @param themes themes discussed
 * @param resourcesUsed resources used, {@code null} if none given
 * @param runAgain whether the facilitator would run it again
 * @param version for optimistic locking
 * @param items the free texts, by kind and position
 * @param libraryItems ids of the library items used, in the order chosen
 */
record StoredReport(long id, Long eventId, long authorId, String title, LocalDate heldOn, EventFormat eventFormat,
		String communeName, String departementCode, List<String> audiences, int participants, int firstTimers,
		List<Integer> ages, int durationMinutes, String formatCode, List<String> themes, String resourcesUsed,
		RunAgain runAgain, long version, List<StoredItem> items, List<Long> libraryItems) {

	/** The themes the items use, so that a retired one does not block saving again. */
	List<String> itemThemes() {
		return this.items.stream().map(StoredItem::themeCode).filter(Objects::nonNull).distinct().toList();
	}

	/** The form filled with the report, showing the facilitator's own texts. */
	ReportForm toForm() {
		List<String> ages = this.ages.stream().map((n) -> (n != null) ? n.toString() : "").toList();
		return new ReportForm(Integer.toString(this.participants), Integer.toString(this.firstTimers), ages.get(0),
				ages.get(1), ages.get(2), ages.get(3), ages.get(4), ages.get(5), Integer.toString(this.durationMinutes),
				(this.formatCode != null) ? this.formatCode : "", this.themes, rows(ItemKind.QUESTION),
				rows(ItemKind.CONCERN), rows(ItemKind.PROPOSAL), text(ItemKind.HIGHLIGHT), text(ItemKind.DIFFICULTY),
				(this.resourcesUsed != null) ? this.resourcesUsed : "", text(ItemKind.COMMENT), this.runAgain.name(),
				this.heldOn.toString(), (this.communeName != null) ? this.communeName : "", this.eventFormat.name(),
				(this.title != null) ? this.title : "", this.audiences, this.libraryItems, "", this.version);
	}

	private List<ItemRow> rows(ItemKind kind) {
		List<ItemRow> rows = new ArrayList<>();
		this.items.stream()
			.filter((item) -> item.kind() == kind)
			.forEach((item) -> rows.add(new ItemRow(item.originalText(), item.themeCode())));
		return rows;
	}

	private String text(ItemKind kind) {
		return this.items.stream()
			.filter((item) -> item.kind() == kind)
			.map(StoredItem::originalText)
			.findFirst()
			.orElse("");
	}

	/**
	 * One free text of a report.
	 *
	 * @param id the item id
	 * @param kind what it is
	 * @param position its rank in its list
	 * @param themeCode its theme, {@code null} for a single text
	 * @param originalText as the facilitator wrote it
	 * @param text as it reads now, possibly edited by staff
	 * @param flags personal data detected in the text
	 * @param curation where it stands with staff
	 */
	record StoredItem(long id, ItemKind kind, int position, String themeCode, String originalText, String text,
			List<String> flags, Curation curation) {
	}

}
