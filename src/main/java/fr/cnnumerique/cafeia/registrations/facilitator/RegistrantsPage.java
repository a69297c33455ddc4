package fr.cnnumerique.cafeia.registrations.facilitator;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import fr.cnnumerique.cafeia.events.EventStatus;
import fr.cnnumerique.cafeia.events.EventSummary;
import fr.cnnumerique.cafeia.events.RegistrationMode;

/**
 * What the page of a café's registrants shows. Its helpers are public so that the
 * template's expressions may call them.
 *
 * @param event the café
 * @param counts its figures
 * @param waitingList whether new registrations may wait when the café is full
 * @param closedAt when the facilitators closed registrations, {@code null} if open
 * @param confirmed confirmed registrations, empty when {@code people} is false
 * @param waiting the waiting list in order, empty when {@code people} is false
 * @param people whether the viewer runs the café and may see who registered and act;
 * staff who do not run it see the figures only
 * @param started whether the café has started: attendance can be marked
 * @param messagesLeft messages the facilitators may still send within 24 hours
 */
record RegistrantsPage(EventSummary event, RegistrantCounts counts, boolean waitingList, Instant closedAt,
		List<Registrant> confirmed, List<Registrant> waiting, boolean people, boolean started, int messagesLeft) {

	public boolean onPortal() {
		return this.event.registration() == RegistrationMode.PORTAL;
	}

	public boolean publicPage() {
		return this.event.status().isPublic();
	}

	public boolean cancelled() {
		return this.event.status() == EventStatus.CANCELLED;
	}

	/**
	 * Whether closing, reopening and the waiting list switch still mean something: before
	 * the café, registrations close by themselves at the start.
	 */
	public boolean settingsOpen() {
		return onPortal() && !this.started && !cancelled();
	}

	public boolean attendanceOpen() {
		return this.started && !cancelled() && !this.confirmed.isEmpty();
	}

	/**
	 * The close time in the café's zone, for display.
	 */
	public ZonedDateTime closedAtLocal() {
		return (this.closedAt != null) ? this.closedAt.atZone(this.event.startsAt().getZone()) : null;
	}

	/**
	 * A registration time in the café's zone, for display.
	 */
	public ZonedDateTime local(Instant instant) {
		return instant.atZone(this.event.startsAt().getZone());
	}

}
