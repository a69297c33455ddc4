package fr.cnnumerique.cafeia.registrations;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import fr.cnnumerique.cafeia.events.EventCalendar;
import fr.cnnumerique.cafeia.events.EventSummary;
import fr.cnnumerique.cafeia.notifications.MailAttachment;
import fr.cnnumerique.cafeia.notifications.MailOutbox;
import fr.cnnumerique.cafeia.notifications.OutgoingMail;

import org.springframework.stereotype.Component;

/**
 * The mails of a registration, in the registrant's language, through the outbox (sent
 * only if the registration's transaction commits). The joining link of an online café
 * appears only in mails of confirmed registrations and on the manage page.
 */
@Component
class RegistrationMails {

	private final MailOutbox outbox;

	private final EventCalendar events;

	RegistrationMails(MailOutbox outbox, EventCalendar events) {
		this.outbox = outbox;
		this.events = events;
	}

	/**
	 * Confirmation, or waiting-list notice, after a registration (or a second one with
	 * the same address, which changes nothing).
	 */
	void registered(Registration registration, EventSummary event, boolean again) {
		Map<String, Object> variables = variables(registration, event);
		variables.put("again", again);
		if (registration.status() == RegistrationStatus.WAITING) {
			send(registration, "registrations/waiting", variables);
		}
		else {
			sendWithCalendar(registration, event, "registrations/confirmed", variables);
		}
	}

	/** A waiting registration got its places. */
	void promoted(Registration registration, EventSummary event) {
		sendWithCalendar(registration, event, "registrations/promoted", variables(registration, event));
	}

	/** The registrant cancelled. */
	void cancelled(Registration registration, EventSummary event) {
		send(registration, "registrations/cancelled", variables(registration, event));
	}

	/** The day before the café. */
	void reminder(Registration registration, EventSummary event) {
		send(registration, "registrations/reminder", variables(registration, event));
	}

	/** The café changed time, place or link. */
	void eventChanged(Registration registration, EventSummary event) {
		if (registration.status() == RegistrationStatus.CONFIRMED) {
			sendWithCalendar(registration, event, "registrations/event-changed", variables(registration, event));
		}
		else {
			send(registration, "registrations/event-changed", variables(registration, event));
		}
	}

	/** The organisers cancelled the café. */
	void eventCancelled(Registration registration, EventSummary event, String message) {
		Map<String, Object> variables = variables(registration, event);
		variables.put("message", (message != null && !message.isBlank()) ? message : null);
		variables.put("joinUrl", null);
		sendWithCalendar(registration, event, "registrations/event-cancelled", variables);
	}

	private void send(Registration registration, String template, Map<String, Object> variables) {
		this.outbox.enqueue(new OutgoingMail(registration.email(), template, registration.locale(), variables));
	}

	/**
	 * A mail with the café's calendar file, so the registrant's calendar gets the café,
	 * or updates it (same UID, higher SEQUENCE) when it changes or is cancelled.
	 */
	private void sendWithCalendar(Registration registration, EventSummary event, String template,
			Map<String, Object> variables) {
		MailAttachment calendar = this.events.calendarFile(event.id())
			.map((bytes) -> new MailAttachment("cafe-ia-" + event.id() + ".ics",
					"text/calendar; charset=utf-8; method=PUBLISH", bytes))
			.orElse(null);
		this.outbox.enqueue(
				new OutgoingMail(registration.email(), template, registration.locale(), variables, null, calendar));
	}

	private static Map<String, Object> variables(Registration registration, EventSummary event) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("name", registration.firstName());
		variables.put("places", registration.places());
		variables.put("eventTitle", event.title());
		variables.put("eventPath", event.publicPath());
		variables.put("when", when(event, registration.locale()));
		variables.put("place", place(event));
		variables.put("managePath", registration.managePath());
		boolean confirmed = registration.status() == RegistrationStatus.CONFIRMED;
		variables.put("joinUrl", confirmed ? event.onlineUrl() : null);
		return variables;
	}

	static String when(EventSummary event, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		DateTimeFormatter day = DateTimeFormatter.ofPattern(english ? "EEEE d MMMM yyyy" : "EEEE d MMMM yyyy", locale);
		DateTimeFormatter time = DateTimeFormatter.ofPattern(english ? "h:mm a" : "HH'h'mm", locale);
		ZonedDateTime start = event.startsAt();
		return day.format(start) + (english ? ", " : ", ") + time.format(start) + " – " + time.format(event.endsAt())
				+ (start.getZone().getId().equals("Europe/Paris") ? "" : " (" + start.getZone().getId() + ")");
	}

	private static String place(EventSummary event) {
		if (event.venueName() == null) {
			return null;
		}
		return event.venueName() + ", " + event.street() + ", " + event.postalCode() + " " + event.communeName();
	}

}
