package fr.cnnumerique.cafeia.registrations;

import java.time.Instant;

import fr.cnnumerique.cafeia.events.EventStatus;
import fr.cnnumerique.cafeia.events.EventSummary;
import fr.cnnumerique.cafeia.events.RegistrationMode;

/**
 * What the sign-up form says before it is sent: whether registration is open, and whether
 * a registration now would be confirmed or go on the waiting list.
 *
 * @param open whether the café takes registrations now
 * @param reasonKey message key of why it does not, {@code null} when open
 * @param placesLeft places left, {@code null} without capacity
 * @param waitingList whether a registration now goes on the waiting list
 */
record RegistrationPanel(boolean open, String reasonKey, Integer placesLeft, boolean waitingList) {

	static RegistrationPanel of(EventSummary event, RegistrationDesk desk) {
		return desk.panel(event, Instant.now());
	}

	static RegistrationPanel closed(String reason) {
		return new RegistrationPanel(false, "registrations.refused." + reason, null, false);
	}

	static boolean takesRegistrations(EventSummary event) {
		return event.registration() == RegistrationMode.PORTAL && event.status() == EventStatus.PUBLISHED;
	}

}
