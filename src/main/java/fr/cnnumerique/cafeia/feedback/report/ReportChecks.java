package fr.cnnumerique.cafeia.feedback.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.cnnumerique.cafeia.events.EventFormat;
import fr.cnnumerique.cafeia.events.EventSummary;
import fr.cnnumerique.cafeia.feedback.report.ReportForm.ItemRow;
import fr.cnnumerique.cafeia.resources.PublishedItem;
import fr.cnnumerique.cafeia.resources.ResourceLibrary;
import fr.cnnumerique.cafeia.taxonomy.Taxonomies;
import fr.cnnumerique.cafeia.taxonomy.Vocabulary;
import fr.cnnumerique.cafeia.territory.Place;
import fr.cnnumerique.cafeia.territory.PlaceFinder;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of the report form beyond Bean Validation: counts that parse, are not
 * negative and add up (first-timers and age bands within the participants), a duration,
 * known terms, a theme for each item, and for a catch-up report a past date and a known
 * commune. A year closed by staff takes no report.
 */
@Component
class ReportChecks {

	static final int MAX_PARTICIPANTS = 100_000;

	static final int MAX_DURATION = 1440;

	/** Where catch-up dates are read: the programme is run from metropolitan France. */
	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final String PREFIX = "feedback.report.form.";

	private final Taxonomies taxonomies;

	private final PlaceFinder places;

	private final ReportStore store;

	private final ResourceLibrary library;

	ReportChecks(Taxonomies taxonomies, PlaceFinder places, ReportStore store, ResourceLibrary library) {
		this.taxonomies = taxonomies;
		this.places = places;
		this.store = store;
		this.library = library;
	}

	/**
	 * Checks a report on a café of the portal.
	 * @param cafe the café, which has started
	 * @param existing the report stored so far, or {@code null}
	 * @return the report to store when there are no errors
	 */
	Optional<ReportDraft> check(ReportForm form, Errors errors, EventSummary cafe, StoredReport existing) {
		ReportDraft.Where where = new ReportDraft.Where(cafe.title(), cafe.startsAt().toLocalDate(), cafe.format(),
				cafe.inseeCode(), cafe.communeName(), cafe.departementCode(), cafe.regionCode(), cafe.audiences());
		return checkReport(form, errors, where, existing);
	}

	/**
	 * Checks a report on a café held off the portal, with its date and place.
	 * @param existing the report stored so far, or {@code null}
	 * @param today the current day in Paris
	 * @return the report to store when there are no errors
	 */
	Optional<ReportDraft> checkCatchUp(ReportForm form, Errors errors, StoredReport existing, LocalDate today) {
		LocalDate date = date(form.date(), errors);
		if (date != null && date.isAfter(today)) {
			errors.rejectValue("date", PREFIX + "date.future");
			date = null;
		}
		EventFormat format = parse(EventFormat.class, form.eventFormat());
		if (format == null) {
			errors.rejectValue("eventFormat", PREFIX + "eventFormat.required");
		}
		Place place = null;
		if (format != null && format.atVenue() || !form.commune().isEmpty()) {
			if (form.commune().isEmpty()) {
				errors.rejectValue("commune", PREFIX + "commune.required");
			}
			else {
				place = this.places.find(form.commune()).orElse(null);
				if (place == null) {
					errors.rejectValue("commune", PREFIX + "commune.unknown", new Object[] { form.commune() }, null);
				}
			}
		}
		List<String> used = (existing != null) ? existing.audiences() : List.of();
		if (!this.taxonomies.unusable(Vocabulary.AUDIENCE, form.audiences(), used).isEmpty()) {
			errors.rejectValue("audiences", PREFIX + "audiences.unusable");
		}
		if (date == null || format == null) {
			checkReport(form, errors, null, existing);
			return Optional.empty();
		}
		ReportDraft.Where where = new ReportDraft.Where(form.title().isEmpty() ? null : form.title(), date, format,
				(place != null) ? place.inseeCode() : null, (place != null) ? place.name() : null,
				(place != null) ? place.departementCode() : null, (place != null) ? place.regionCode() : null,
				form.audiences());
		return checkReport(form, errors, where, existing);
	}

	private Optional<ReportDraft> checkReport(ReportForm form, Errors errors, ReportDraft.Where where,
			StoredReport existing) {
		Integer participants = count(form.participants(), "participants", true, errors);
		Integer firstTimers = count(form.firstTimers(), "firstTimers", true, errors);
		if (participants != null && firstTimers != null && firstTimers > participants) {
			errors.rejectValue("firstTimers", PREFIX + "firstTimers.too-many", new Object[] { participants }, null);
		}
		List<Integer> ages = new ArrayList<>();
		int agesTotal = 0;
		boolean agesReadable = true;
		for (String band : ReportForm.AGE_BANDS) {
			Integer count = count(form.ageBand(band), band, false, errors);
			agesReadable &= count != null || form.ageBand(band).isEmpty();
			agesTotal += (count != null) ? count : 0;
			ages.add(count);
		}
		if (participants != null && agesReadable && agesTotal > participants) {
			errors.rejectValue(ReportForm.AGE_BANDS.get(0), PREFIX + "ages.too-many",
					new Object[] { agesTotal, participants }, null);
		}
		Integer duration = duration(form.durationMinutes(), errors);
		List<String> usedThemes = (existing != null) ? existing.themes() : List.of();
		String usedFormat = (existing != null) ? existing.formatCode() : null;
		if (form.formatCode().isEmpty()) {
			errors.rejectValue("formatCode", PREFIX + "formatCode.required");
		}
		else if (!this.taxonomies
			.unusable(Vocabulary.FORMAT, List.of(form.formatCode()),
					(usedFormat != null) ? List.of(usedFormat) : List.of())
			.isEmpty()) {
			errors.rejectValue("formatCode", PREFIX + "formatCode.unusable");
		}
		if (!this.taxonomies.unusable(Vocabulary.THEME, form.themes(), usedThemes).isEmpty()) {
			errors.rejectValue("themes", PREFIX + "themes.unusable");
		}
		List<ReportDraft.Item> items = new ArrayList<>();
		List<String> itemThemes = (existing != null) ? existing.itemThemes() : List.of();
		for (ItemKind kind : List.of(ItemKind.QUESTION, ItemKind.CONCERN, ItemKind.PROPOSAL)) {
			items.addAll(listed(form, kind, itemThemes, errors));
		}
		single(items, ItemKind.HIGHLIGHT, form.highlights());
		single(items, ItemKind.DIFFICULTY, form.difficulties());
		single(items, ItemKind.COMMENT, form.comment());
		RunAgain runAgain = RunAgain.parse(form.wouldRunAgain());
		if (runAgain == null) {
			errors.rejectValue("wouldRunAgain", PREFIX + "wouldRunAgain.required");
		}
		if (where != null && this.store.isLocked(where.heldOn().getYear())) {
			errors.reject(PREFIX + "locked", new Object[] { Integer.toString(where.heldOn().getYear()) }, null);
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new ReportDraft(where, participants, firstTimers, ages, duration, form.formatCode(),
				form.themes(), items, form.resourcesUsed().isEmpty() ? null : form.resourcesUsed(), runAgain,
				libraryItems(form, existing)));
	}

	/**
	 * The library items to store: those published, and those the report already had, so
	 * that an item unpublished since is not lost; any other id comes from a forged form.
	 */
	private List<Long> libraryItems(ReportForm form, StoredReport existing) {
		Set<Long> known = new HashSet<>((existing != null) ? existing.libraryItems() : List.of());
		this.library.published(form.libraryItems()).stream().map(PublishedItem::id).forEach(known::add);
		return form.libraryItems().stream().filter(known::contains).toList();
	}

	/** Whether staff closed the year of this day. */
	boolean locked(LocalDate day) {
		return this.store.isLocked(day.getYear());
	}

	private List<ReportDraft.Item> listed(ReportForm form, ItemKind kind, List<String> usedThemes, Errors errors) {
		List<ReportDraft.Item> items = new ArrayList<>();
		List<ItemRow> rows = form.list(kind);
		String field = field(kind);
		if (rows.stream().filter((row) -> !row.blank()).count() > ReportForm.MAX_ITEMS) {
			errors.reject(PREFIX + "items.too-many", new Object[] { ReportForm.MAX_ITEMS }, null);
			return items;
		}
		for (int i = 0; i < rows.size(); i++) {
			ItemRow row = rows.get(i);
			if (row.blank()) {
				continue;
			}
			String path = field + "[" + i + "].theme";
			if (row.theme().isEmpty()) {
				errors.rejectValue(path, PREFIX + "item.theme.required");
			}
			else if (!this.taxonomies.unusable(Vocabulary.THEME, List.of(row.theme()), usedThemes).isEmpty()) {
				errors.rejectValue(path, PREFIX + "themes.unusable");
			}
			items.add(new ReportDraft.Item(kind, items.size(), row.theme(), row.text()));
		}
		return items;
	}

	/** The form field of a list. */
	static String field(ItemKind kind) {
		return switch (kind) {
			case QUESTION -> "questions";
			case CONCERN -> "concerns";
			case PROPOSAL -> "proposals";
			default -> throw new IllegalArgumentException(kind + " is not a list");
		};
	}

	private static void single(List<ReportDraft.Item> items, ItemKind kind, String text) {
		if (!text.isEmpty()) {
			items.add(new ReportDraft.Item(kind, 0, null, text));
		}
	}

	private static Integer count(String text, String field, boolean required, Errors errors) {
		if (text == null || text.isEmpty()) {
			if (required) {
				errors.rejectValue(field, PREFIX + field + ".required");
			}
			return null;
		}
		if (text.matches("-\\s*[0-9]+")) {
			errors.rejectValue(field, PREFIX + "count.negative");
			return null;
		}
		if (!text.matches("[0-9]{1,6}") || Integer.parseInt(text) > MAX_PARTICIPANTS) {
			errors.rejectValue(field, PREFIX + "count.invalid", new Object[] { MAX_PARTICIPANTS }, null);
			return null;
		}
		return Integer.valueOf(text);
	}

	private static Integer duration(String text, Errors errors) {
		if (text.isEmpty()) {
			errors.rejectValue("durationMinutes", PREFIX + "durationMinutes.required");
			return null;
		}
		if (!text.matches("[0-9]{1,4}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > MAX_DURATION) {
			errors.rejectValue("durationMinutes", PREFIX + "durationMinutes.invalid",
					new Object[] { Integer.toString(MAX_DURATION) }, null);
			return null;
		}
		return Integer.valueOf(text);
	}

	private static LocalDate date(String text, Errors errors) {
		if (text.isEmpty()) {
			errors.rejectValue("date", PREFIX + "date.required");
			return null;
		}
		try {
			LocalDate date;
			// browsers without a date picker let people type the French way
			if (text.matches("[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}")) {
				String[] parts = text.split("/");
				date = LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
			}
			else {
				date = LocalDate.parse(text);
			}
			if (date.getYear() < 2000) {
				errors.rejectValue("date", PREFIX + "date.invalid");
				return null;
			}
			return date;
		}
		catch (DateTimeException ex) {
			errors.rejectValue("date", PREFIX + "date.invalid");
			return null;
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String name) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		return null;
	}

}
