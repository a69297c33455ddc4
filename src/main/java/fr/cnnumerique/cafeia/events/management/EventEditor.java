package fr.cnnumerique.cafeia.events.management;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.cnnumerique.cafeia.events.EventCancelled;
import fr.cnnumerique.cafeia.events.EventChanged;
import fr.cnnumerique.cafeia.events.EventPlacesChanged;
import fr.cnnumerique.cafeia.events.EventStatus;
import fr.cnnumerique.cafeia.moderation.ModerationQueue;
import fr.cnnumerique.cafeia.moderation.Submission;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves cafés for their organisers, in one transaction with their submission to the
 * moderation queue: a café is never stored without its submission, a series never half
 * created.
 * <p>
 * Texts go through moderation (the public keeps the last approved ones meanwhile); time,
 * place, link and cancellation of a public café apply at once, raise its calendar
 * {@code SEQUENCE} and are announced ({@link EventChanged}, {@link EventCancelled}) for
 * the registrations module.
 */
@Service
class EventEditor {

	/**
	 * Moderation content type of a single café, or of one café of a series edited alone.
	 */
	static final String CAFE = "cafe";

	/** Moderation content type of a series: all its cafés waiting for moderation. */
	static final String SERIES = "cafe-series";

	private static final int EXCERPT_LENGTH = 200;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm",
			Locale.FRENCH);

	private final EventRepository events;

	private final EventSeriesRepository series;

	private final ModerationQueue queue;

	private final ApplicationEventPublisher publisher;

	EventEditor(EventRepository events, EventSeriesRepository series, ModerationQueue queue,
			ApplicationEventPublisher publisher) {
		this.events = events;
		this.series = series;
		this.queue = queue;
		this.publisher = publisher;
	}

	/**
	 * Creates a single café, or a series and all its cafés, and submits it.
	 * @return the id of the (first) café
	 */
	@Transactional
	long create(EventDraft draft, long organiserId) {
		if (draft.recurrence() == null) {
			Event event = new Event(organiserId);
			draft.describeAndLocate(event);
			event.schedule(draft.date().atTime(draft.startTime()).atZone(draft.zone()).toInstant(),
					draft.date().atTime(draft.endTime()).atZone(draft.zone()).toInstant(), draft.zone());
			event.submitted();
			this.events.saveAndFlush(event);
			submitCafe(event, organiserId);
			return event.getId();
		}
		EventSeries rule = this.series.saveAndFlush(new EventSeries(draft.recurrence(), organiserId));
		List<Event> cafes = new ArrayList<>();
		for (Recurrence.Occurrence occurrence : draft.recurrence().occurrences()) {
			Event event = new Event(organiserId);
			draft.describeAndLocate(event);
			event.schedule(occurrence.start().toInstant(), occurrence.end().toInstant(), draft.zone());
			event.partOf(rule.getId(), occurrence.position());
			event.submitted();
			cafes.add(event);
		}
		this.events.saveAllAndFlush(cafes);
		submitSeries(rule.getId(), organiserId);
		return cafes.get(0).getId();
	}

	/**
	 * Saves an edit of a café, or of a café and the following ones of its series (each
	 * keeps its date and takes the new times of day).
	 * @param seenVersion the café's version when the form was shown
	 * @return {@code false} if someone saved the café since
	 */
	@Transactional
	boolean update(long id, EventDraft draft, boolean following, long seenVersion, long authorId) {
		Event edited = this.events.findById(id).orElseThrow(() -> new CafeNotFoundException(id));
		if (edited.getVersion() != seenVersion) {
			return false;
		}
		boolean series = following && edited.getSeriesId() != null;
		boolean submit = false;
		for (Event event : series ? rest(edited) : List.of(edited)) {
			boolean texts = draft.changesTexts(event);
			Integer placesBefore = event.getCapacity();
			boolean moved = draft.describeAndLocate(event);
			Integer placesAfter = event.getCapacity();
			if (event.getStatus().isPublic() && placesBefore != null
					&& (placesAfter == null || placesAfter > placesBefore)) {
				this.publisher.publishEvent(new EventPlacesChanged(event.getId()));
			}
			var date = series ? event.getStartsAt().atZone(event.zone()).toLocalDate() : draft.date();
			boolean rescheduled = event.schedule(date.atTime(draft.startTime()).atZone(draft.zone()).toInstant(),
					date.atTime(draft.endTime()).atZone(draft.zone()).toInstant(), draft.zone());
			if (event.getStatus().isPublic() && (moved || rescheduled)) {
				event.changedForCalendars();
				this.publisher.publishEvent(new EventChanged(event.getId(), event.getSequence()));
			}
			ModerationState state = event.getModerationState();
			if (!event.getStatus().isPublic() || texts || state == ModerationState.REJECTED
					|| state == ModerationState.CHANGES_REQUESTED) {
				event.submitted();
				submit = true;
			}
		}
		this.events.flush();
		if (submit) {
			if (series) {
				submitSeries(edited.getSeriesId(), authorId);
			}
			else {
				submitCafe(edited, authorId);
			}
		}
		return true;
	}

	/**
	 * Cancels a café, or a café and the following ones of its series: public cafés stay
	 * visible as cancelled and their registrants are to be told; drafts and cafés waiting
	 * for their first approval are deleted and withdrawn from moderation.
	 * @param message the organisers' message to participants, possibly empty
	 * @return what was done
	 */
	@Transactional
	Cancellation cancel(long id, boolean following, String message, long seenVersion) {
		Event chosen = this.events.findById(id).orElseThrow(() -> new CafeNotFoundException(id));
		if (chosen.getVersion() != seenVersion) {
			return null;
		}
		Long seriesId = chosen.getSeriesId();
		List<Event> targets = (following && seriesId != null) ? rest(chosen) : List.of(chosen);
		String text = (message == null || message.isBlank()) ? null : message.strip();
		Instant now = Instant.now();
		int cancelled = 0;
		int deleted = 0;
		for (Event event : targets) {
			if (event.getStatus() == EventStatus.PUBLISHED) {
				event.cancel(text, now);
				this.publisher.publishEvent(new EventCancelled(event.getId(), (text != null) ? text : ""));
				cancelled++;
			}
			else if (!event.getStatus().isPublic()) {
				this.queue.withdraw(CAFE, event.getId().toString());
				this.events.delete(event);
				deleted++;
			}
		}
		this.events.flush();
		if (seriesId != null && this.events.findBySeries(seriesId).isEmpty()) {
			this.queue.withdraw(SERIES, seriesId.toString());
			this.series.deleteById(seriesId);
		}
		return new Cancellation(cancelled, deleted);
	}

	/**
	 * What a cancellation did.
	 *
	 * @param cancelled public cafés now shown as cancelled
	 * @param deleted drafts deleted
	 */
	record Cancellation(int cancelled, int deleted) {

	}

	/**
	 * A café for its edit, duplicate and cancel pages, if the account may manage it.
	 * @param staff whether the account is a moderator or an administrator, who may manage
	 * every café (to correct or cancel one for an organiser who cannot)
	 * @throws CafeNotFoundException if there is no such café or the account may not
	 * manage it: others do not learn that a draft exists
	 */
	@Transactional(readOnly = true)
	ManagedEvent managed(long id, long accountId, boolean staff, EventChecks checks) {
		Event event = this.events.findById(id)
			.filter((found) -> staff || found.isFacilitatedBy(accountId))
			.orElseThrow(() -> new CafeNotFoundException(id));
		int following = (event.getSeriesId() != null) ? rest(event).size() : 1;
		String emails = checks.emailsOf(event.getCoFacilitatorIds());
		return new ManagedEvent(event.getId(), event.getTitle(), event.getStatus(), event.getModerationState(),
				event.getSeriesId(), event.getSeriesPosition(), following, event.getStartsAt().isBefore(Instant.now()),
				event.getVersion(), event.getVenueId(), event.getThemes(), event.getAudiences(), event.getKind(),
				EventForm.of(event, emails, 0), EventForm.of(event, emails, 7), event.toSummary(false));
	}

	/**
	 * The cafés an account organises or co-facilitates.
	 */
	@Transactional(readOnly = true)
	Page<MyCafe> mine(long accountId, MyCafe.Tab tab, Pageable page) {
		Page<Event> found = switch (tab) {
			case UPCOMING -> this.events.findUpcoming(accountId, page);
			case PAST -> this.events.findPast(accountId, page);
			case DRAFTS -> this.events.findDrafts(accountId, page);
		};
		return found.map((event) -> MyCafe.of(event, accountId));
	}

	/** The café and the following ones of its series that may still change. */
	private List<Event> rest(Event from) {
		Instant now = Instant.now();
		return this.events.findBySeries(from.getSeriesId())
			.stream()
			.filter((event) -> event.getSeriesPosition() >= from.getSeriesPosition())
			.filter((event) -> event.getStatus() != EventStatus.CANCELLED && event.getStartsAt().isAfter(now))
			.toList();
	}

	private void submitCafe(Event event, long authorId) {
		String excerpt = when(event) + " — " + where(event) + " — " + event.getSummary();
		this.queue.submit(new Submission(CAFE, event.getId().toString(), event.getTitle(), authorId,
				event.toSummary(false).publicPath(), cut(excerpt), versionText(event, List.of(event))));
	}

	private void submitSeries(long seriesId, long authorId) {
		List<Event> pending = this.events.findBySeries(seriesId)
			.stream()
			.filter((event) -> event.getModerationState() == ModerationState.PENDING)
			.toList();
		if (pending.isEmpty()) {
			return;
		}
		Event first = pending.get(0);
		String excerpt = pending.size() + " cafés, " + when(first) + " — " + where(first) + " — " + first.getSummary();
		this.queue.submit(new Submission(SERIES, Long.toString(seriesId), first.getTitle(), authorId,
				first.toSummary(false).publicPath(), cut(excerpt), versionText(first, pending)));
	}

	/**
	 * What moderators judge, one field a line: the texts, and the practical details that
	 * give them context.
	 */
	private static String versionText(Event event, List<Event> dates) {
		StringBuilder text = new StringBuilder();
		line(text, "Titre", event.getTitle());
		line(text, "Résumé", event.getSummary());
		line(text, "Type", event.getKind().name());
		line(text, "Lieu", where(event));
		line(text, "Lien en ligne", event.getOnlineUrl());
		line(text, "Inscription", (event.getRegistrationUrl() != null) ? event.getRegistrationUrl() : null);
		line(text, "Accessibilité", event.getAccessibilityNotes());
		line(text, "Tarif", event.isFreeOfCharge() ? "gratuit" : event.getPriceDetails());
		line(text, "Dates", String.join(", ", dates.stream().map(EventEditor::when).toList()));
		if (event.getDescription() != null) {
			text.append("Description :\n").append(event.getDescription()).append('\n');
		}
		return text.toString();
	}

	private static void line(StringBuilder text, String label, String value) {
		if (value != null && !value.isBlank()) {
			text.append(label).append(" : ").append(value).append('\n');
		}
	}

	private static String when(Event event) {
		ZonedDateTime start = event.getStartsAt().atZone(event.zone());
		return WHEN.format(start);
	}

	private static String where(Event event) {
		return (event.getVenueName() != null) ? event.getVenueName() + ", " + event.getCommuneName() : "en ligne";
	}

	private static String cut(String text) {
		return (text.length() > EXCERPT_LENGTH) ? text.substring(0, EXCERPT_LENGTH) : text;
	}

}
