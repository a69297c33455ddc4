package fr.cnnumerique.cafeia.registrations;

import java.time.Instant;

import fr.cnnumerique.cafeia.events.EventCalendar;
import fr.cnnumerique.cafeia.events.EventCancelled;
import fr.cnnumerique.cafeia.events.EventChanged;
import fr.cnnumerique.cafeia.events.EventPlacesChanged;
import fr.cnnumerique.cafeia.events.EventSummary;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells registrants when their café changes time, place or link, or is cancelled, and
 * gives places to the waiting list when a café offers more. Runs after the organisers'
 * change is committed; a fact delivered twice would mail twice, so a change mail carries
 * the café's sequence and is only sent once per sequence.
 */
@Component
class EventChanges {

	private final RegistrationStore store;

	private final RegistrationDesk desk;

	private final EventCalendar events;

	private final RegistrationMails mails;

	EventChanges(RegistrationStore store, RegistrationDesk desk, EventCalendar events, RegistrationMails mails) {
		this.store = store;
		this.desk = desk;
		this.events = events;
		this.mails = mails;
	}

	@ApplicationModuleListener
	void on(EventChanged change) {
		EventSummary event = this.events.findPublic(change.eventId()).orElse(null);
		if (event == null || !this.store.hasRegistrations(event.id())
				|| !this.store.claimNotice(event.id(), "CHANGED-" + change.sequence())) {
			return;
		}
		this.store.lock(event);
		for (Registration registration : this.store.active(event.id())) {
			this.mails.eventChanged(registration, event);
		}
		this.desk.promote(event, Instant.now());
	}

	@ApplicationModuleListener
	void on(EventPlacesChanged change) {
		EventSummary event = this.events.findPublic(change.eventId()).orElse(null);
		if (event == null || !this.store.hasRegistrations(event.id())) {
			return;
		}
		this.store.lock(event);
		this.desk.promote(event, Instant.now());
	}

	@ApplicationModuleListener
	void on(EventCancelled cancellation) {
		EventSummary event = this.events.findPublic(cancellation.eventId()).orElse(null);
		if (event == null || !this.store.hasRegistrations(event.id())
				|| !this.store.claimNotice(event.id(), "CANCELLED")) {
			return;
		}
		this.store.markCancelled(event.id());
		for (Registration registration : this.store.active(event.id())) {
			this.mails.eventCancelled(registration, event, cancellation.message());
		}
	}

}
