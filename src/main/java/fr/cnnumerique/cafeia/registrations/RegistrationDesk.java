package fr.cnnumerique.cafeia.registrations;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import fr.cnnumerique.cafeia.events.EventCalendar;
import fr.cnnumerique.cafeia.events.EventStatus;
import fr.cnnumerique.cafeia.events.EventSummary;
import fr.cnnumerique.cafeia.events.RegistrationMode;
import fr.cnnumerique.cafeia.registrations.RegistrationRefused.Reason;
import fr.cnnumerique.cafeia.registrations.RegistrationStore.EventSettings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes and frees places. Each decision locks the café's registration row first, so that
 * concurrent registrations, on one node or several, see the places taken by the others: a
 * café is never overbooked. A refused registration stores nothing.
 */
@Service
class RegistrationDesk {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final RegistrationStore store;

	private final EventCalendar events;

	private final RegistrationMails mails;

	RegistrationDesk(RegistrationStore store, EventCalendar events, RegistrationMails mails) {
		this.store = store;
		this.events = events;
		this.mails = mails;
	}

	/**
	 * What a registration led to.
	 *
	 * @param registration the registration, new or the one already there
	 * @param alreadyRegistered {@code true} when the e-mail was already registered for
	 * the café: nothing changed, the confirmation was sent again
	 */
	record Result(Registration registration, boolean alreadyRegistered) {

		boolean waiting() {
			return this.registration.status() == RegistrationStatus.WAITING;
		}

	}

	/**
	 * Registers someone: places are taken if enough are left, otherwise the registration
	 * goes on the waiting list when the café has one.
	 * @param eventId the café
	 * @param applicant who registers
	 * @param now the current time
	 * @return what happened
	 * @throws RegistrationRefused if the café does not take this registration
	 */
	@Transactional
	Result register(long eventId, Applicant applicant, Instant now) {
		EventSummary event = openEvent(eventId, now);
		EventSettings settings = this.store.lock(event);
		if (settings.closedAt() != null) {
			throw new RegistrationRefused(Reason.CLOSED);
		}
		Optional<Registration> existing = this.store.activeByEmail(eventId, applicant.email());
		if (existing.isPresent()) {
			this.mails.registered(existing.get(), event, true);
			return new Result(existing.get(), true);
		}
		// people already waiting get the places that fit them before a newcomer does
		promote(event, now);
		int taken = this.store.placesTaken(eventId);
		RegistrationStatus status;
		if (fits(event, taken, applicant.places())) {
			status = RegistrationStatus.CONFIRMED;
		}
		else if (settings.waitingList()) {
			status = RegistrationStatus.WAITING;
		}
		else {
			throw new RegistrationRefused((event.capacity() > taken) ? Reason.NOT_ENOUGH_PLACES : Reason.FULL);
		}
		Registration registration = this.store.insert(eventId, applicant, newToken(), status, now);
		this.mails.registered(registration, event, false);
		return new Result(registration, false);
	}

	/**
	 * Whether a new registration of some places would be confirmed or wait, for the form
	 * to say so before it is sent.
	 * @param event the café
	 * @param places places wanted
	 * @return {@code true} if the places are free now
	 */
	@Transactional(readOnly = true)
	boolean placesFree(EventSummary event, int places) {
		return fits(event, this.store.placesTaken(event.id()), places);
	}

	/**
	 * What the sign-up form should say now.
	 * @param event the café
	 * @param now the current time
	 * @return whether registration is open, places left and whether a new registration
	 * would wait
	 */
	@Transactional(readOnly = true)
	RegistrationPanel panel(EventSummary event, Instant now) {
		if (event.registration() != RegistrationMode.PORTAL || !event.status().isPublic()) {
			return RegistrationPanel.closed("not-open");
		}
		if (event.status() == EventStatus.CANCELLED) {
			return RegistrationPanel.closed("cancelled");
		}
		if (!event.startsAt().toInstant().isAfter(now)) {
			return RegistrationPanel.closed("closed");
		}
		RegistrationStore.SettingsAndPlaces state = this.store.settingsAndPlaces(event.id());
		EventSettings settings = state.settings();
		if (settings.closedAt() != null) {
			return RegistrationPanel.closed("closed");
		}
		Integer left = (event.capacity() != null) ? Math.max(0, event.capacity() - state.taken()) : null;
		boolean full = left != null && left < 1;
		if (full && !settings.waitingList()) {
			return RegistrationPanel.closed("full");
		}
		return new RegistrationPanel(true, null, left, full);
	}

	/**
	 * Cancels a registration from its manage link and gives the freed places to the
	 * waiting list. Cancelling twice changes nothing.
	 * @param token the secret of the manage link
	 * @param now the current time
	 * @return the registration, empty for an unknown token
	 */
	@Transactional
	Optional<Registration> cancel(String token, Instant now) {
		Optional<Registration> found = this.store.byToken(token);
		if (found.isEmpty() || found.get().status() == RegistrationStatus.CANCELLED) {
			return found;
		}
		Optional<EventSummary> event = this.events.findPublic(found.get().eventId())
			.or(() -> this.events.find(found.get().eventId()));
		event.ifPresent(this.store::lock);
		Registration registration = this.store.find(found.get().id()).orElseThrow();
		if (registration.status() == RegistrationStatus.CANCELLED) {
			return Optional.of(registration);
		}
		this.store.setStatus(registration.id(), RegistrationStatus.CANCELLED, now);
		event.ifPresent((e) -> {
			this.mails.cancelled(registration, e);
			promote(e, now);
		});
		return this.store.find(registration.id());
	}

	/**
	 * Changes the number of places of a registration. Fewer places free some for the
	 * waiting list; more places need them to be free (a waiting registration may ask for
	 * any number).
	 * @param token the secret of the manage link
	 * @param places the new number of places, 1 to 4
	 * @param now the current time
	 * @return the registration, empty for an unknown token
	 * @throws RegistrationRefused if the café is closed or the places are not free
	 */
	@Transactional
	Optional<Registration> changePlaces(String token, int places, Instant now) {
		Optional<Registration> found = this.store.byToken(token);
		if (found.isEmpty() || found.get().status() == RegistrationStatus.CANCELLED) {
			return found;
		}
		EventSummary event = openEvent(found.get().eventId(), now);
		this.store.lock(event);
		Registration registration = this.store.find(found.get().id()).orElseThrow();
		if (registration.status() == RegistrationStatus.CANCELLED) {
			return Optional.of(registration);
		}
		int more = places - registration.places();
		if (registration.status() == RegistrationStatus.CONFIRMED && more > 0
				&& !fits(event, this.store.placesTaken(event.id()), more)) {
			throw new RegistrationRefused(Reason.NOT_ENOUGH_PLACES);
		}
		this.store.setPlaces(registration.id(), places, now);
		promote(event, now);
		return this.store.find(registration.id());
	}

	/**
	 * Confirms the first waiting registrations whose places fit in what is left, in order
	 * of registration, and tells them. Expects the café's lock to be held.
	 * @return the registrations confirmed
	 */
	List<Registration> promote(EventSummary event, Instant now) {
		List<Registration> promoted = new ArrayList<>();
		if (event.status() != EventStatus.PUBLISHED || !event.startsAt().toInstant().isAfter(now)) {
			return promoted;
		}
		int taken = this.store.placesTaken(event.id());
		for (Registration waiting : this.store.waiting(event.id())) {
			if (fits(event, taken, waiting.places())) {
				this.store.setStatus(waiting.id(), RegistrationStatus.CONFIRMED, now);
				taken += waiting.places();
				Registration confirmed = this.store.find(waiting.id()).orElseThrow();
				promoted.add(confirmed);
				this.mails.promoted(confirmed, event);
			}
		}
		return promoted;
	}

	private EventSummary openEvent(long eventId, Instant now) {
		EventSummary event = this.events.findPublic(eventId)
			.filter((e) -> e.registration() == RegistrationMode.PORTAL)
			.orElseThrow(() -> new RegistrationRefused(Reason.NOT_OPEN));
		if (event.status() == EventStatus.CANCELLED) {
			throw new RegistrationRefused(Reason.CANCELLED);
		}
		if (!event.startsAt().toInstant().isAfter(now)) {
			throw new RegistrationRefused(Reason.CLOSED);
		}
		return event;
	}

	private static boolean fits(EventSummary event, int taken, int places) {
		return event.capacity() == null || taken + places <= event.capacity();
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
