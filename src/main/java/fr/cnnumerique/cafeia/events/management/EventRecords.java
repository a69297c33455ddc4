package fr.cnnumerique.cafeia.events.management;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.cnnumerique.cafeia.events.EventKind;
import fr.cnnumerique.cafeia.events.EventStatus;
import fr.cnnumerique.cafeia.events.EventSummary;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single cafés by id, for the module's API and its public pages. Internal to the events
 * module despite being public: other modules use
 * {@link fr.cnnumerique.cafeia.events.EventCalendar}.
 */
@Service
public class EventRecords {

	private static final Set<EventStatus> PUBLIC = Set.of(EventStatus.PUBLISHED, EventStatus.CANCELLED);

	/**
	 * The content type a single café is submitted under to the moderation queue, which
	 * visitor reports ({@code /signaler?type=&id=}) must name with the café's id.
	 */
	public static final String CAFE_CONTENT_TYPE = EventEditor.CAFE;

	/**
	 * The content type a recurring series is submitted under, with the series id: reports
	 * about a café of a series name the series.
	 */
	public static final String SERIES_CONTENT_TYPE = EventEditor.SERIES;

	private final EventRepository events;

	EventRecords(EventRepository events) {
		this.events = events;
	}

	/**
	 * A café as the public sees it.
	 * @param id the café id
	 * @return the café with its last approved texts, empty unless published or cancelled
	 */
	@Transactional(readOnly = true)
	public Optional<EventSummary> findPublic(long id) {
		return this.events.findById(id).filter((e) -> e.getStatus().isPublic()).map((e) -> e.toSummary(true));
	}

	/**
	 * A café whatever its status, as its organisers last saved it.
	 * @param id the café id
	 * @return the café, empty if unknown
	 */
	@Transactional(readOnly = true)
	public Optional<EventSummary> find(long id) {
		return this.events.findById(id).map((e) -> e.toSummary(false));
	}

	/**
	 * A public café with everything its page shows.
	 * @param id the café id
	 * @return the café with its last approved texts, empty unless published or cancelled
	 */
	@Transactional(readOnly = true)
	public Optional<EventDetails> findPublicDetails(long id) {
		return this.events.findById(id).filter((e) -> e.getStatus().isPublic()).map(EventRecords::details);
	}

	/**
	 * Several public cafés at once, for feeds and other modules' lists.
	 * @param ids café ids, possibly empty
	 * @return the published and cancelled ones among them, with their last approved
	 * texts, by start
	 */
	@Transactional(readOnly = true)
	public List<EventSummary> findAllPublic(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.events.findAllWithStatus(ids, PUBLIC)
			.stream()
			.sorted(Comparator.comparing(Event::getStartsAt).thenComparing(Event::getId))
			.map((e) -> e.toSummary(true))
			.toList();
	}

	/**
	 * The coming public cafés of a series, for "other dates" on a café page.
	 * @param seriesId the series id
	 * @return published and cancelled cafés of the series not yet over, by start
	 */
	@Transactional(readOnly = true)
	public List<EventSummary> upcomingInSeries(long seriesId) {
		return this.events.findSeriesFrom(seriesId, PUBLIC, Instant.now())
			.stream()
			.map((e) -> e.toSummary(true))
			.toList();
	}

	/**
	 * The next published café of a kind, such as the next national "Café ressources" for
	 * the home page.
	 * @param kind the kind
	 * @return the published café of that kind starting soonest after now, empty if none
	 */
	@Transactional(readOnly = true)
	public Optional<EventSummary> nextPublished(EventKind kind) {
		return this.events.findNextOfKind(kind, EventStatus.PUBLISHED, Instant.now(), PageRequest.of(0, 1))
			.stream()
			.findFirst()
			.map((e) -> e.toSummary(true));
	}

	/**
	 * Published cafés an account organises or co-facilitates that have started, most
	 * recent first, for the reports the facilitator owes.
	 * @param accountId the account
	 * @param now the current time
	 * @param limit the most cafés to return
	 * @return the cafés as their organisers last saved them
	 */
	@Transactional(readOnly = true)
	public List<EventSummary> startedFacilitatedBy(long accountId, Instant now, int limit) {
		return this.events.findStartedFacilitatedBy(accountId, now, limit)
			.stream()
			.map((e) -> e.toSummary(false))
			.toList();
	}

	/**
	 * Published cafés whose end falls in a period, by end.
	 * @param from start of the period, included
	 * @param to end of the period, excluded
	 * @return the cafés as their organisers last saved them
	 */
	@Transactional(readOnly = true)
	public List<EventSummary> endedBetween(Instant from, Instant to) {
		return this.events.findEndedBetween(EventStatus.PUBLISHED, from, to)
			.stream()
			.map((e) -> e.toSummary(false))
			.toList();
	}

	/**
	 * How many published cafés started in a period.
	 * @param from start of the period, included
	 * @param to end of the period, excluded
	 * @return the count
	 */
	@Transactional(readOnly = true)
	public long countStartedBetween(Instant from, Instant to) {
		return this.events.countStartedBetween(EventStatus.PUBLISHED, from, to);
	}

	private static EventDetails details(Event event) {
		return new EventDetails(event.toSummary(true), event.getPublishedDescription(), event.getLanguage(),
				event.getAccessibilityNotes(), event.isFreeOfCharge(), event.getPriceDetails(),
				event.getCancellationMessage(), event.getCancelledAt(), event.getUpdatedAt(),
				event.getSeriesPosition());
	}

}
