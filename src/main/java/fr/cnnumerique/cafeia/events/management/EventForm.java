package fr.cnnumerique.cafeia.events.management;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fr.cnnumerique.cafeia.events.EventFormat;
import fr.cnnumerique.cafeia.events.EventKind;
import fr.cnnumerique.cafeia.events.RegistrationMode;

/**
 * The café form as posted. Dates, times and numbers stay text so that a mistyped one gets
 * a French message rather than a conversion error; {@link EventChecks} parses them. Lists
 * are never {@code null}, unchecked boxes are {@code false}.
 * <p>
 * {@code recurrence}, {@code recurrenceEnd}, {@code untilDate} and
 * {@code occurrenceCount} only count when creating; {@code scope} only when editing a
 * café of a series; {@code venueCommune} only feeds the venue search, it is not stored.
 */
record EventForm(String kind,
		@NotBlank(message = "{events.management.form.title.required}") @Size(max = 120,
				message = "{events.management.form.title.too-long}") String title,
		@NotBlank(message = "{events.management.form.summary.required}") @Size(max = 280,
				message = "{events.management.form.summary.too-long}") String summary,
		@Size(max = 10000, message = "{events.management.form.description.too-long}") String description, String format,
		String venueId, String venueCommune,
		@Size(max = 500, message = "{events.management.form.onlineUrl.too-long}") String onlineUrl, String date,
		String startTime, String endTime, String capacity, String registration,
		@Size(max = 500, message = "{events.management.form.registrationUrl.too-long}") String registrationUrl,
		List<String> themes, List<String> audiences, String language,
		@Size(max = 1000, message = "{events.management.form.accessibilityNotes.too-long}") String accessibilityNotes,
		Boolean freeOfCharge,
		@Size(max = 200, message = "{events.management.form.priceDetails.too-long}") String priceDetails,
		@Size(max = 2000, message = "{events.management.form.coFacilitators.too-long}") String coFacilitators,
		String recurrence, String recurrenceEnd, String untilDate, String occurrenceCount, String scope, Long version) {

	/** Languages offered for a café, in the order shown. */
	static final List<String> LANGUAGES = List.of("fr", "en", "de", "es", "it", "pt", "ar", "br", "oc", "eu", "co");

	/** No recurrence: a single café. */
	static final String NO_RECURRENCE = "NONE";

	/** Apply an edit to this café only. */
	static final String SCOPE_ONE = "ONE";

	/** Apply an edit to this café and the following ones of its series. */
	static final String SCOPE_FOLLOWING = "FOLLOWING";

	EventForm {
		kind = strip(kind);
		title = strip(title);
		summary = strip(summary);
		description = (description != null) ? description.strip().replace("\r\n", "\n") : "";
		format = strip(format);
		venueId = strip(venueId);
		venueCommune = strip(venueCommune);
		onlineUrl = strip(onlineUrl);
		date = strip(date);
		startTime = strip(startTime);
		endTime = strip(endTime);
		capacity = strip(capacity);
		registration = strip(registration);
		registrationUrl = strip(registrationUrl);
		themes = (themes != null) ? List.copyOf(themes) : List.of();
		audiences = (audiences != null) ? List.copyOf(audiences) : List.of();
		language = strip(language);
		accessibilityNotes = (accessibilityNotes != null) ? accessibilityNotes.strip().replace("\r\n", "\n") : "";
		freeOfCharge = Boolean.TRUE.equals(freeOfCharge);
		priceDetails = strip(priceDetails);
		coFacilitators = strip(coFacilitators);
		recurrence = strip(recurrence).isEmpty() ? NO_RECURRENCE : recurrence.strip();
		recurrenceEnd = strip(recurrenceEnd);
		untilDate = strip(untilDate);
		occurrenceCount = strip(occurrenceCount);
		scope = SCOPE_FOLLOWING.equals(strip(scope)) ? SCOPE_FOLLOWING : SCOPE_ONE;
	}

	/** A blank form: free café IA in French, at a venue, no registration. */
	static EventForm empty() {
		return new EventForm(EventKind.CAFE_IA.name(), "", "", "", EventFormat.IN_PERSON.name(), "", "", "", "", "", "",
				"", RegistrationMode.NONE.name(), "", List.of(), List.of(), "fr", "", true, "", "", NO_RECURRENCE,
				"COUNT", "", "", SCOPE_ONE, null);
	}

	/**
	 * The form filled from a café as its organisers last saved it.
	 * @param event the café
	 * @param coFacilitatorEmails the co-facilitators' addresses, one a line
	 * @param shiftDays days to add to the date, for a duplicate; 0 for an edit
	 */
	static EventForm of(Event event, String coFacilitatorEmails, int shiftDays) {
		var start = event.getStartsAt().atZone(event.zone());
		var end = event.getEndsAt().atZone(event.zone());
		boolean duplicate = shiftDays != 0;
		return new EventForm(event.getKind().name(), event.getTitle(), event.getSummary(), event.getDescription(),
				event.getFormat().name(), (event.getVenueId() != null) ? event.getVenueId().toString() : "", "",
				event.getOnlineUrl(), start.toLocalDate().plusDays(shiftDays).toString(), time(start.toLocalTime()),
				time(end.toLocalTime()), (event.getCapacity() != null) ? event.getCapacity().toString() : "",
				event.getRegistration().name(), event.getRegistrationUrl(), event.getThemes(), event.getAudiences(),
				event.getLanguage(), event.getAccessibilityNotes(), event.isFreeOfCharge(), event.getPriceDetails(),
				coFacilitatorEmails, NO_RECURRENCE, "COUNT", "", "", SCOPE_ONE, duplicate ? null : event.getVersion());
	}

	boolean recurring() {
		return !NO_RECURRENCE.equals(this.recurrence);
	}

	boolean following() {
		return SCOPE_FOLLOWING.equals(this.scope);
	}

	private static String time(LocalTime time) {
		return time.format(DateTimeFormatter.ofPattern("HH:mm"));
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : "";
	}

}
