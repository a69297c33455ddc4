package fr.cnnumerique.cafeia.events.management;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import fr.cnnumerique.cafeia.events.EventFormat;
import fr.cnnumerique.cafeia.events.EventKind;
import fr.cnnumerique.cafeia.events.RegistrationMode;

/**
 * A checked café form, ready to store: the venue resolved from the directory, times
 * parsed in the café's zone, co-facilitators resolved to account ids.
 *
 * @param recurrence the rule of a new series, {@code null} for a single café or an edit
 */
record EventDraft(EventKind kind, String title, String summary, String description, String language,
		List<String> themes, List<String> audiences, String accessibilityNotes, boolean freeOfCharge,
		String priceDetails, EventFormat format, EventPlace place, String onlineUrl, LocalDate date,
		LocalTime startTime, LocalTime endTime, ZoneId zone, Integer capacity, RegistrationMode registration,
		String registrationUrl, List<Long> coFacilitatorIds, Recurrence recurrence) {

	/** Writes everything but the date and time. */
	boolean describeAndLocate(Event event) {
		event.describe(this.kind, this.title, this.summary, blankToNull(this.description), this.language, this.themes,
				this.audiences, blankToNull(this.accessibilityNotes), this.freeOfCharge,
				blankToNull(this.priceDetails));
		boolean moved = event.locate(this.format, this.place, blankToNull(this.onlineUrl));
		event.registration(this.registration, blankToNull(this.registrationUrl), this.capacity);
		event.coFacilitators(this.coFacilitatorIds);
		return moved;
	}

	/**
	 * Whether the texts the moderators judge differ from the café's.
	 */
	boolean changesTexts(Event event) {
		return !this.title.equals(event.getTitle()) || !this.summary.equals(event.getSummary())
				|| !java.util.Objects.equals(blankToNull(this.description), event.getDescription());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
