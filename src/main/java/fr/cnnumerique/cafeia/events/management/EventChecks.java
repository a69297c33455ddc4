package fr.cnnumerique.cafeia.events.management;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import fr.cnnumerique.cafeia.accounts.AccountManagement;
import fr.cnnumerique.cafeia.accounts.AccountSummary;
import fr.cnnumerique.cafeia.directory.VenueDirectory;
import fr.cnnumerique.cafeia.directory.VenueSummary;
import fr.cnnumerique.cafeia.events.EventFormat;
import fr.cnnumerique.cafeia.events.EventKind;
import fr.cnnumerique.cafeia.events.RegistrationMode;
import fr.cnnumerique.cafeia.taxonomy.Taxonomies;
import fr.cnnumerique.cafeia.taxonomy.Vocabulary;
import fr.cnnumerique.cafeia.territory.Place;
import fr.cnnumerique.cafeia.territory.PlaceFinder;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The business rules of the café form beyond Bean Validation: no HTML, a published
 * directory venue for a café held at a venue, a link for an online one, dates that parse
 * and lie ahead, a series of at most {@value Recurrence#MAX_OCCURRENCES} cafés, verified
 * co-facilitators, staff-only kinds. Resolves the venue, its commune and the time zone.
 */
@Component
class EventChecks {

	/** Plain-text fields: no angle brackets at all. */
	private static final Pattern MARKUP = Pattern.compile("[<>]");

	/**
	 * The description is Markdown, where {@code >} starts a quote: only what looks like
	 * an HTML tag or entity is refused (it would be shown escaped, never run).
	 */
	private static final Pattern HTML = Pattern.compile("<\\s*[a-zA-Z/!?]|&[a-zA-Z#][a-zA-Z0-9]*;");

	private static final Pattern EMAIL_SEPARATORS = Pattern.compile("[\\s,;]+");

	/** How far around a commune the venue search looks, in kilometres. */
	private static final int VENUE_SEARCH_KM = 30;

	private static final int VENUE_SEARCH_LIMIT = 20;

	private static final int MAX_CO_FACILITATORS = 10;

	private final VenueDirectory venues;

	private final PlaceFinder places;

	private final AccountManagement accounts;

	private final Taxonomies taxonomies;

	EventChecks(VenueDirectory venues, PlaceFinder places, AccountManagement accounts, Taxonomies taxonomies) {
		this.venues = venues;
		this.places = places;
		this.accounts = accounts;
		this.taxonomies = taxonomies;
	}

	/**
	 * Checks the form, adding field errors, and returns the café to store when there are
	 * none.
	 * @param form the form as posted
	 * @param errors where field errors go
	 * @param organiserId the organiser, who cannot be their own co-facilitator
	 * @param staff whether the author may use the staff-only kinds
	 * @param existing the café being edited, {@code null} when creating
	 */
	Optional<EventDraft> check(EventForm form, Errors errors, long organiserId, boolean staff, ManagedEvent existing) {
		Map<String, String> plainTexts = new LinkedHashMap<>();
		plainTexts.put("title", form.title());
		plainTexts.put("summary", form.summary());
		plainTexts.put("accessibilityNotes", form.accessibilityNotes());
		plainTexts.put("priceDetails", form.priceDetails());
		plainTexts.forEach((field, value) -> {
			if (MARKUP.matcher(value).find() && !errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "events.management.form.html");
			}
		});
		if (HTML.matcher(form.description()).find() && !errors.hasFieldErrors("description")) {
			errors.rejectValue("description", "events.management.form.html");
		}
		EventKind kind = kind(form, staff, existing, errors);
		EventFormat format = parse(EventFormat.class, form.format());
		if (format == null) {
			errors.rejectValue("format", "events.management.form.format.required");
		}
		EventPlace place = (format != null && format.atVenue())
				? place(form.venueId(), organiserId, staff, existing, errors) : null;
		if (format != null && format.online()) {
			if (form.onlineUrl().isEmpty()) {
				errors.rejectValue("onlineUrl", "events.management.form.onlineUrl.required");
			}
			else if (!isWebLink(form.onlineUrl()) && !errors.hasFieldErrors("onlineUrl")) {
				errors.rejectValue("onlineUrl", "events.management.form.url.invalid");
			}
		}
		RegistrationMode registration = parse(RegistrationMode.class, form.registration());
		if (registration == null) {
			errors.rejectValue("registration", "events.management.form.registration.required");
		}
		else if (registration == RegistrationMode.EXTERNAL) {
			if (form.registrationUrl().isEmpty()) {
				errors.rejectValue("registrationUrl", "events.management.form.registrationUrl.required");
			}
			else if (!isWebLink(form.registrationUrl()) && !errors.hasFieldErrors("registrationUrl")) {
				errors.rejectValue("registrationUrl", "events.management.form.url.invalid");
			}
		}
		Integer capacity = capacity(form.capacity(), errors);
		if (!form.freeOfCharge() && form.priceDetails().isEmpty()) {
			errors.rejectValue("priceDetails", "events.management.form.priceDetails.required");
		}
		if (!EventForm.LANGUAGES.contains(form.language())) {
			errors.rejectValue("language", "events.management.form.language.required");
		}
		List<String> usedThemes = (existing != null) ? existing.themes() : List.of();
		List<String> usedAudiences = (existing != null) ? existing.audiences() : List.of();
		if (!this.taxonomies.unusable(Vocabulary.THEME, form.themes(), usedThemes).isEmpty()) {
			errors.rejectValue("themes", "events.management.form.themes.unusable");
		}
		if (!this.taxonomies.unusable(Vocabulary.AUDIENCE, form.audiences(), usedAudiences).isEmpty()) {
			errors.rejectValue("audiences", "events.management.form.audiences.unusable");
		}
		List<Long> coFacilitators = coFacilitators(form.coFacilitators(), organiserId, errors);
		ZoneId zone = EventZones.of((place != null) ? place.departementCode() : null);
		LocalDate date = date(form.date(), "date", errors);
		LocalTime start = time(form.startTime(), "startTime", errors);
		LocalTime end = time(form.endTime(), "endTime", errors);
		if (start != null && end != null && !end.isAfter(start)) {
			errors.rejectValue("endTime", "events.management.form.endTime.before-start");
		}
		else if (date != null && start != null && end != null
				&& !ZonedDateTime.of(date, end, zone)
					.toInstant()
					.isAfter(ZonedDateTime.of(date, start, zone).toInstant())) {
			// a start in the hour skipped when clocks go forward moves past the end
			errors.rejectValue("startTime", "events.management.form.startTime.clock-change");
		}
		if (existing != null && existing.inSeries() && form.following() && date != null
				&& !date.equals(existing.summary().startsAt().toLocalDate())) {
			errors.rejectValue("date", "events.management.form.date.following");
		}
		if (date != null && start != null && ZonedDateTime.of(date, start, zone).toInstant().isBefore(Instant.now())) {
			errors.rejectValue("date", "events.management.form.date.past");
		}
		Recurrence recurrence = (existing == null && form.recurring() && date != null && start != null && end != null
				&& end.isAfter(start)) ? recurrence(form, date, start, end, zone, errors) : null;
		if (existing == null && form.recurring() && parse(Frequency.class, form.recurrence()) == null) {
			errors.rejectValue("recurrence", "events.management.form.recurrence.required");
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new EventDraft(kind, form.title(), form.summary(), form.description(), form.language(),
				form.themes(), form.audiences(), form.accessibilityNotes(), form.freeOfCharge(), form.priceDetails(),
				format, place, format.online() ? form.onlineUrl() : null, date, start, end, zone, capacity,
				registration, (registration == RegistrationMode.EXTERNAL) ? form.registrationUrl() : null,
				coFacilitators, recurrence));
	}

	/**
	 * The venues to offer in the form: the author's own published venues, venues ready to
	 * host near the commune searched, and the café's current venue.
	 * @param accountId the author
	 * @param commune what was typed in the venue search, possibly empty
	 * @param currentVenueId the venue chosen so far, possibly {@code null}
	 */
	VenueChoices venueChoices(long accountId, String commune, Long currentVenueId) {
		Map<Long, VenueSummary> own = new LinkedHashMap<>();
		for (VenueSummary venue : this.venues.managedBy(accountId)) {
			this.venues.findPublished(venue.id()).ifPresent((published) -> own.put(published.id(), published));
		}
		List<VenueSummary> near = new ArrayList<>();
		boolean searched = commune != null && !commune.isBlank();
		Optional<Place> place = searched ? this.places.find(commune) : Optional.empty();
		place.ifPresent((found) -> this.venues
			.readyToHostNear(found.latitude(), found.longitude(), VENUE_SEARCH_KM, VENUE_SEARCH_LIMIT)
			.stream()
			.filter((venue) -> !own.containsKey(venue.id()))
			.forEach(near::add));
		VenueSummary current = null;
		if (currentVenueId != null && !own.containsKey(currentVenueId)
				&& near.stream().noneMatch((venue) -> venue.id() == currentVenueId)) {
			current = this.venues.findPublished(currentVenueId).orElse(null);
		}
		return new VenueChoices(List.copyOf(own.values()), near, current, searched, place.isPresent());
	}

	/**
	 * The venues offered in the form.
	 *
	 * @param own the author's published venues
	 * @param near venues ready to host near the commune searched
	 * @param current the café's venue when it is in neither list, else {@code null}
	 * @param searched whether a commune was searched
	 * @param communeFound whether the commune searched was found
	 */
	record VenueChoices(List<VenueSummary> own, List<VenueSummary> near, VenueSummary current, boolean searched,
			boolean communeFound) {

	}

	/** The addresses of co-facilitators, for the edit form. */
	String emailsOf(List<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return "";
		}
		return String.join("\n", this.accounts.findAll(accountIds).stream().map(AccountSummary::email).toList());
	}

	private EventKind kind(EventForm form, boolean staff, ManagedEvent existing, Errors errors) {
		EventKind kind = parse(EventKind.class, form.kind());
		if (kind == null) {
			errors.rejectValue("kind", "events.management.form.kind.required");
			return null;
		}
		boolean staffOnly = kind == EventKind.CAFE_RESSOURCES || kind == EventKind.CAFE_ANIMATIONS;
		// a facilitator co-running a national session keeps its kind when editing it
		if (staffOnly && !staff && (existing == null || existing.kind() != kind)) {
			errors.rejectValue("kind", "events.management.form.kind.staff-only");
			return null;
		}
		return kind;
	}

	private EventPlace place(String venueId, long organiserId, boolean staff, ManagedEvent existing, Errors errors) {
		if (venueId.isEmpty()) {
			errors.rejectValue("venueId", "events.management.form.venueId.required");
			return null;
		}
		if (!venueId.matches("[0-9]{1,18}")) {
			errors.rejectValue("venueId", "events.management.form.venueId.unknown");
			return null;
		}
		long id = Long.parseLong(venueId);
		Optional<VenueSummary> venue = this.venues.findPublished(id);
		if (venue.isEmpty()) {
			errors.rejectValue("venueId", "events.management.form.venueId.unpublished");
			return null;
		}
		VenueSummary found = venue.get();
		// the form offers the organiser's venues and those ready to host; a forged id
		// must
		// not put a café at someone else's venue
		boolean allowed = found.readyToHost() || staff
				|| (existing != null && Long.valueOf(id).equals(existing.venueId()))
				|| this.venues.managedBy(organiserId).stream().anyMatch((v) -> v.id() == id);
		if (!allowed) {
			errors.rejectValue("venueId", "events.management.form.venueId.not-allowed");
			return null;
		}
		Optional<Place> commune = this.places.byInseeCode(found.inseeCode());
		return new EventPlace(found.id(), found.name(), found.street(), found.postalCode(), found.inseeCode(),
				found.communeName(), commune.map(Place::departementCode).orElse(null),
				commune.map(Place::regionCode).orElse(null), found.latitude(), found.longitude());
	}

	private Recurrence recurrence(EventForm form, LocalDate first, LocalTime start, LocalTime end, ZoneId zone,
			Errors errors) {
		Frequency frequency = parse(Frequency.class, form.recurrence());
		if (frequency == null) {
			return null;
		}
		LocalDate until = null;
		Integer count = null;
		if ("UNTIL".equals(form.recurrenceEnd())) {
			until = date(form.untilDate(), "untilDate", errors);
			if (until == null) {
				return null;
			}
		}
		else if ("COUNT".equals(form.recurrenceEnd())) {
			if (!form.occurrenceCount().matches("[0-9]{1,4}") || Integer.parseInt(form.occurrenceCount()) < 1) {
				errors.rejectValue("occurrenceCount", "events.management.form.occurrenceCount.invalid");
				return null;
			}
			count = Integer.valueOf(form.occurrenceCount());
		}
		else {
			errors.rejectValue("recurrenceEnd", "events.management.form.recurrenceEnd.required");
			return null;
		}
		Recurrence rule = new Recurrence(frequency, first, until, count, start, end, zone);
		Recurrence.Problem problem = rule.problem();
		if (problem == Recurrence.Problem.TOO_MANY) {
			errors.rejectValue((count != null) ? "occurrenceCount" : "untilDate",
					"events.management.form.recurrence.too-many", new Object[] { Recurrence.MAX_OCCURRENCES }, null);
			return null;
		}
		if (problem == Recurrence.Problem.ENDS_BEFORE_START) {
			errors.rejectValue("untilDate", "events.management.form.untilDate.before-start");
			return null;
		}
		if (problem == null && rule.occurrences().stream().anyMatch((cafe) -> !cafe.end().isAfter(cafe.start()))) {
			// one of the dates falls on the night clocks go forward, in the skipped hour
			errors.rejectValue("startTime", "events.management.form.startTime.clock-change");
			return null;
		}
		return (problem == null) ? rule : null;
	}

	private List<Long> coFacilitators(String text, long organiserId, Errors errors) {
		List<Long> ids = new ArrayList<>();
		if (text.isEmpty()) {
			return ids;
		}
		List<String> emails = Arrays.stream(EMAIL_SEPARATORS.split(text)).filter((e) -> !e.isEmpty()).toList();
		if (emails.size() > MAX_CO_FACILITATORS) {
			errors.rejectValue("coFacilitators", "events.management.form.coFacilitators.too-many",
					new Object[] { MAX_CO_FACILITATORS }, null);
			return ids;
		}
		for (String email : emails) {
			Optional<AccountSummary> account = this.accounts.findVerifiedByEmail(email);
			if (account.isEmpty()) {
				errors.rejectValue("coFacilitators", "events.management.form.coFacilitators.unknown",
						new Object[] { email }, null);
				return ids;
			}
			long id = account.get().id();
			if (id != organiserId && !ids.contains(id)) {
				ids.add(id);
			}
		}
		return ids;
	}

	private static Integer capacity(String text, Errors errors) {
		if (text.isEmpty()) {
			return null;
		}
		if (!text.matches("[0-9]{1,5}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 10000) {
			errors.rejectValue("capacity", "events.management.form.capacity.invalid");
			return null;
		}
		return Integer.valueOf(text);
	}

	private static LocalDate date(String text, String field, Errors errors) {
		if (text.isEmpty()) {
			errors.rejectValue(field, "events.management.form." + field + ".required");
			return null;
		}
		try {
			// browsers without a date picker let people type the French way
			if (text.matches("[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}")) {
				String[] parts = text.split("/");
				return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
			}
			LocalDate date = LocalDate.parse(text);
			if (date.getYear() < 2000 || date.getYear() > 2100) {
				errors.rejectValue(field, "events.management.form.date.invalid");
				return null;
			}
			return date;
		}
		catch (java.time.DateTimeException ex) {
			errors.rejectValue(field, "events.management.form.date.invalid");
			return null;
		}
	}

	private static LocalTime time(String text, String field, Errors errors) {
		if (text.isEmpty()) {
			errors.rejectValue(field, "events.management.form." + field + ".required");
			return null;
		}
		try {
			return LocalTime.parse(text.replace('h', ':').replace('H', ':'));
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "events.management.form.time.invalid");
			return null;
		}
	}

	private static boolean isWebLink(String text) {
		try {
			URI uri = new URI(text);
			return uri.getScheme() != null && (uri.getScheme().equals("http") || uri.getScheme().equals("https"))
					&& uri.getHost() != null && uri.getHost().contains(".");
		}
		catch (URISyntaxException ex) {
			return false;
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
