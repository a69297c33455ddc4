package fr.cnnumerique.cafeia.registrations.facilitator;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import fr.cnnumerique.cafeia.accounts.CurrentAccount;
import fr.cnnumerique.cafeia.accounts.Role;
import fr.cnnumerique.cafeia.events.EventCalendar;
import fr.cnnumerique.cafeia.events.EventStatus;
import fr.cnnumerique.cafeia.events.EventSummary;
import fr.cnnumerique.cafeia.events.RegistrationMode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registrants of a café for its facilitators, and what they decide about
 * registrations. Every method checks first that the account runs the café (organiser or
 * co-facilitator) and throws {@link NotYourCafeException} otherwise; only {@link #page}
 * also lets staff in, with the figures only.
 */
@Service
class CafeRegistrants {

	static final Duration MESSAGE_WINDOW = Duration.ofHours(24);

	private final EventCalendar events;

	private final RegistrantStore store;

	private final FacilitatorViewProperties properties;

	CafeRegistrants(EventCalendar events, RegistrantStore store, FacilitatorViewProperties properties) {
		this.events = events;
		this.store = store;
		this.properties = properties;
	}

	/**
	 * What another change may be refused for; each has a French message
	 * {@code registrations.facilitator.refused.<code>}.
	 */
	enum Refusal {

		NOT_ON_PORTAL, STARTED, CANCELLED, NOT_STARTED;

		String messageKey() {
			return "registrations.facilitator.refused." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	@Transactional(readOnly = true)
	RegistrantsPage page(long eventId, CurrentAccount account, Instant now) {
		EventSummary event = this.events.find(eventId).orElseThrow(() -> new NotYourCafeException(eventId));
		boolean people = event.isFacilitatedBy(account.id());
		if (!people && !isStaff(account)) {
			throw new NotYourCafeException(eventId);
		}
		RegistrantStore.Settings settings = this.store.settings(eventId);
		List<Registrant> registrants = people ? this.store.registrants(eventId) : List.of();
		int messagesLeft = Math.max(0,
				this.properties.messagesPerDay() - this.store.messagesSince(eventId, now.minus(MESSAGE_WINDOW)));
		return new RegistrantsPage(event, this.store.counts(eventId), settings.waitingList(), settings.closedAt(),
				registrants.stream().filter(Registrant::confirmed).toList(),
				registrants.stream().filter((r) -> !r.confirmed()).toList(), people,
				!event.startsAt().toInstant().isAfter(now), messagesLeft);
	}

	/**
	 * The café, if the account runs it.
	 * @throws NotYourCafeException otherwise
	 */
	@Transactional(readOnly = true)
	EventSummary facilitated(long eventId, CurrentAccount account) {
		return this.events.find(eventId)
			.filter((event) -> event.isFacilitatedBy(account.id()))
			.orElseThrow(() -> new NotYourCafeException(eventId));
	}

	/**
	 * Confirmed then waiting registrations with their personal data, for the export.
	 */
	@Transactional(readOnly = true)
	Export export(long eventId, CurrentAccount account) {
		EventSummary event = facilitated(eventId, account);
		List<Registrant> registrants = this.store.registrants(eventId);
		return new Export(event,
				registrants.stream().sorted((a, b) -> Boolean.compare(b.confirmed(), a.confirmed())).toList());
	}

	record Export(EventSummary event, List<Registrant> rows) {
	}

	/**
	 * Closes registrations before the café, or opens them again.
	 * @return why it was refused, {@code null} if done
	 */
	@Transactional
	Refusal setClosed(long eventId, boolean closed, CurrentAccount account, Instant now) {
		Refusal refusal = settingsRefusal(facilitated(eventId, account), now);
		if (refusal == null) {
			if (closed) {
				this.store.close(eventId, now);
			}
			else {
				this.store.reopen(eventId);
			}
		}
		return refusal;
	}

	/**
	 * Lets new registrations wait when the café is full, or not. Registrations already
	 * waiting stay and may still get places freed later.
	 * @return why it was refused, {@code null} if done
	 */
	@Transactional
	Refusal setWaitingList(long eventId, boolean active, CurrentAccount account, Instant now) {
		Refusal refusal = settingsRefusal(facilitated(eventId, account), now);
		if (refusal == null) {
			this.store.waitingList(eventId, active);
		}
		return refusal;
	}

	/**
	 * Marks who came, once the café has started: the confirmed registrations listed are
	 * present, the other confirmed ones absent.
	 * @return why it was refused, {@code null} if done
	 */
	@Transactional
	Refusal markAttendance(long eventId, Collection<Long> present, CurrentAccount account, Instant now) {
		EventSummary event = facilitated(eventId, account);
		if (event.status() == EventStatus.CANCELLED) {
			return Refusal.CANCELLED;
		}
		if (event.startsAt().toInstant().isAfter(now)) {
			return Refusal.NOT_STARTED;
		}
		this.store.attendance(eventId, present, now);
		return null;
	}

	private static Refusal settingsRefusal(EventSummary event, Instant now) {
		if (event.registration() != RegistrationMode.PORTAL) {
			return Refusal.NOT_ON_PORTAL;
		}
		if (event.status() == EventStatus.CANCELLED) {
			return Refusal.CANCELLED;
		}
		if (!event.startsAt().toInstant().isAfter(now)) {
			return Refusal.STARTED;
		}
		return null;
	}

	private static boolean isStaff(CurrentAccount account) {
		return account.getAuthorities()
			.stream()
			.anyMatch((authority) -> authority.getAuthority().equals(Role.MODERATOR.authority())
					|| authority.getAuthority().equals(Role.ADMIN.authority()));
	}

}
