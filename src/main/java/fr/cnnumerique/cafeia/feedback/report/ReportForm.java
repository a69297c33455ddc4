package fr.cnnumerique.cafeia.feedback.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * The report form as posted, for a café of the portal or a café declared afterwards.
 * Counts and the date stay text, so that a mistyped one gets a French message rather than
 * a conversion error; {@link ReportChecks} parses them. Lists are never {@code null}.
 * <p>
 * {@code date}, {@code commune}, {@code eventFormat}, {@code title} and {@code audiences}
 * only count in the catch-up form: for a café of the portal they come from the café.
 * {@code libraryItems} are the ids of the library items chosen so far, without
 * duplicates; {@code libraryItem} is what the facilitator typed to add one, an address or
 * a title.
 */
record ReportForm(String participants, String firstTimers, String ageUnder18, String age18To25, String age26To40,
		String age41To60, String age61To75, String ageOver75, String durationMinutes, String formatCode,
		List<String> themes, @Valid List<ItemRow> questions, @Valid List<ItemRow> concerns,
		@Valid List<ItemRow> proposals,
		@Size(max = ItemKind.MAX_TEXT_LENGTH, message = "{feedback.report.form.text.too-long}") String highlights,
		@Size(max = ItemKind.MAX_TEXT_LENGTH, message = "{feedback.report.form.text.too-long}") String difficulties,
		@Size(max = ItemKind.MAX_TEXT_LENGTH, message = "{feedback.report.form.text.too-long}") String resourcesUsed,
		@Size(max = ItemKind.MAX_TEXT_LENGTH, message = "{feedback.report.form.text.too-long}") String comment,
		String wouldRunAgain, String date, String commune, String eventFormat,
		@Size(max = 120, message = "{feedback.report.form.title.too-long}") String title, List<String> audiences,
		List<Long> libraryItems, String libraryItem, Long version) {

	/** The age bands, in the order shown; each is a field of the form. */
	static final List<String> AGE_BANDS = List.of("ageUnder18", "age18To25", "age26To40", "age41To60", "age61To75",
			"ageOver75");

	/** The most items of one list, and the most library items. */
	static final int MAX_ITEMS = 20;

	/** The value of the add and remove buttons of the library items. */
	static final String RESOURCE = "RESOURCE";

	ReportForm {
		participants = strip(participants);
		firstTimers = strip(firstTimers);
		ageUnder18 = strip(ageUnder18);
		age18To25 = strip(age18To25);
		age26To40 = strip(age26To40);
		age41To60 = strip(age41To60);
		age61To75 = strip(age61To75);
		ageOver75 = strip(ageOver75);
		durationMinutes = strip(durationMinutes);
		formatCode = strip(formatCode);
		themes = (themes != null) ? themes.stream().filter(Objects::nonNull).toList() : List.of();
		questions = rows(questions);
		concerns = rows(concerns);
		proposals = rows(proposals);
		highlights = text(highlights);
		difficulties = text(difficulties);
		resourcesUsed = text(resourcesUsed);
		comment = text(comment);
		wouldRunAgain = strip(wouldRunAgain);
		date = strip(date);
		commune = strip(commune);
		eventFormat = strip(eventFormat);
		title = strip(title);
		audiences = (audiences != null) ? audiences.stream().filter(Objects::nonNull).toList() : List.of();
		libraryItems = (libraryItems != null)
				? libraryItems.stream().filter(Objects::nonNull).distinct().limit(MAX_ITEMS).toList() : List.of();
		libraryItem = strip(libraryItem);
	}

	/**
	 * One item of a list: a question, a concern or a proposal, and its theme.
	 *
	 * @param text the item, at most 280 characters
	 * @param theme a theme code
	 */
	record ItemRow(
			@Size(max = ItemKind.MAX_LISTED_LENGTH, message = "{feedback.report.form.item.too-long}") String text,
			String theme) {

		ItemRow {
			text = ReportForm.text(text);
			theme = strip(theme);
		}

		boolean blank() {
			return this.text.isEmpty();
		}

	}

	/**
	 * A blank form.
	 * @param durationMinutes the planned length of the café, or empty
	 * @param themes the themes the café announced
	 * @param eventFormat in person, online or hybrid, or empty
	 */
	static ReportForm empty(String durationMinutes, List<String> themes, String eventFormat) {
		return new ReportForm("", "", "", "", "", "", "", "", durationMinutes, "", themes, List.of(), List.of(),
				List.of(), "", "", "", "", "", "", "", eventFormat, "", List.of(), List.of(), "", null);
	}

	/**
	 * The count typed for an age band.
	 * @param band one of {@link #AGE_BANDS}
	 */
	String ageBand(String band) {
		return switch (band) {
			case "ageUnder18" -> this.ageUnder18;
			case "age18To25" -> this.age18To25;
			case "age26To40" -> this.age26To40;
			case "age41To60" -> this.age41To60;
			case "age61To75" -> this.age61To75;
			case "ageOver75" -> this.ageOver75;
			default -> throw new IllegalArgumentException("No age band " + band);
		};
	}

	/**
	 * The list of a kind.
	 */
	List<ItemRow> list(ItemKind kind) {
		return switch (kind) {
			case QUESTION -> this.questions;
			case CONCERN -> this.concerns;
			case PROPOSAL -> this.proposals;
			default -> throw new IllegalArgumentException(kind + " is not a list");
		};
	}

	/**
	 * The form with one list changed.
	 */
	ReportForm withList(ItemKind kind, List<ItemRow> rows) {
		List<ItemRow> q = (kind == ItemKind.QUESTION) ? rows : this.questions;
		List<ItemRow> c = (kind == ItemKind.CONCERN) ? rows : this.concerns;
		List<ItemRow> p = (kind == ItemKind.PROPOSAL) ? rows : this.proposals;
		return new ReportForm(this.participants, this.firstTimers, this.ageUnder18, this.age18To25, this.age26To40,
				this.age41To60, this.age61To75, this.ageOver75, this.durationMinutes, this.formatCode, this.themes, q,
				c, p, this.highlights, this.difficulties, this.resourcesUsed, this.comment, this.wouldRunAgain,
				this.date, this.commune, this.eventFormat, this.title, this.audiences, this.libraryItems,
				this.libraryItem, this.version);
	}

	/**
	 * The form with a library item added at the end of the chosen ones, unless already
	 * there or the list is full, and the typed address cleared.
	 */
	ReportForm withLibraryItem(long id) {
		List<Long> ids = new ArrayList<>(this.libraryItems);
		if (!ids.contains(id) && ids.size() < MAX_ITEMS) {
			ids.add(id);
		}
		return withLibraryItems(ids, "");
	}

	private ReportForm withLibraryItems(List<Long> ids, String typed) {
		return new ReportForm(this.participants, this.firstTimers, this.ageUnder18, this.age18To25, this.age26To40,
				this.age41To60, this.age61To75, this.ageOver75, this.durationMinutes, this.formatCode, this.themes,
				this.questions, this.concerns, this.proposals, this.highlights, this.difficulties, this.resourcesUsed,
				this.comment, this.wouldRunAgain, this.date, this.commune, this.eventFormat, this.title, this.audiences,
				ids, typed, this.version);
	}

	/**
	 * The form as shown: every list has at least one row, blank if need be, so there is
	 * always a field to type in.
	 */
	ReportForm withRowsToFill() {
		ReportForm form = this;
		for (ItemKind kind : List.of(ItemKind.QUESTION, ItemKind.CONCERN, ItemKind.PROPOSAL)) {
			if (form.list(kind).isEmpty()) {
				form = form.withList(kind, List.of(new ItemRow("", "")));
			}
		}
		return form;
	}

	/**
	 * The form after a row button: a blank row added at the end of a list, or one row
	 * removed. Unknown or out-of-range requests leave the form as it was.
	 * {@code RESOURCE-index} removes a chosen library item; adding one needs the library
	 * ({@link ReportFormPage}).
	 * @param add the kind whose list gets a row, or {@code null}
	 * @param remove {@code KIND-index} of the row to remove, or {@code null}
	 */
	ReportForm withRowAction(String add, String remove) {
		ItemKind addTo = ItemKind.parse(add);
		if (addTo != null && addTo.listed() && list(addTo).size() < MAX_ITEMS) {
			List<ItemRow> rows = new ArrayList<>(list(addTo));
			rows.add(new ItemRow("", ""));
			return withList(addTo, rows);
		}
		if (remove != null && remove.matches(RESOURCE + "-[0-9]{1,2}")) {
			int index = Integer.parseInt(remove.substring(remove.indexOf('-') + 1));
			if (index < this.libraryItems.size()) {
				List<Long> ids = new ArrayList<>(this.libraryItems);
				ids.remove(index);
				return withLibraryItems(ids, this.libraryItem);
			}
			return this;
		}
		if (remove != null && remove.matches("[A-Z]+-[0-9]{1,2}")) {
			ItemKind kind = ItemKind.parse(remove.substring(0, remove.indexOf('-')));
			int index = Integer.parseInt(remove.substring(remove.indexOf('-') + 1));
			if (kind != null && kind.listed() && index < list(kind).size()) {
				List<ItemRow> rows = new ArrayList<>(list(kind));
				rows.remove(index);
				return withList(kind, rows);
			}
		}
		return this;
	}

	private static List<ItemRow> rows(List<ItemRow> rows) {
		return (rows != null) ? rows.stream().filter(Objects::nonNull).toList() : List.of();
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : "";
	}

	private static String text(String text) {
		return (text != null) ? text.strip().replace("\r\n", "\n") : "";
	}

}
