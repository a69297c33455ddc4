package fr.cnnumerique.cafeia.events;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fr.cnnumerique.cafeia.events.management.EventRecords;
import fr.cnnumerique.cafeia.events.page.CalendarFiles;
import fr.cnnumerique.cafeia.events.page.PublicCafes;
import fr.cnnumerique.cafeia.shared.ExpiringCache;

import org.springframework.stereotype.Service;

/**
 * Cafés for other modules: registrations, feedback reports, the venue directory and the
 * reports read cafés here, by id.
 */
@Service
public class EventCalendar {

	/** The most cafés one call of the lists below returns. */
	public static final int MAX_LIMIT = 50;

	/** The most cafés {@link #pastFacilitatedBy} returns. */
	public static final int MAX_PAST_LIMIT = 500;

	private final EventRecords records;

	private final PublicCafes cafes;

	private final CalendarFiles calendarFiles;

	/**
	 * The figures read the whole programme; every view of the home page shows them, and
	 * they may be a minute old.
	 */
	private final ExpiringCache<Boolean, EventFigures> figures;

	EventCalendar(EventRecords records, PublicCafes cafes, CalendarFiles calendarFiles, EventsProperties properties) {
		this.records = records;
		this.cafes = cafes;
		this.calendarFiles = calendarFiles;
		this.figures = new ExpiringCache<>(properties.figuresMaxAge(), 1);
	}

	/**
	 * A public café as an iCalendar file (RFC 5545), the same as {@code /cafes/{id}.ics}:
	 * same UID, same SEQUENCE, so a calendar application updates the entry it already
	 * has. Meant to be attached to mails.
	 * @param eventId the café id
	 * @return the file in UTF-8, empty unless the café is published or cancelled
	 */
	public Optional<byte[]> calendarFile(long eventId) {
		return this.records.findPublicDetails(eventId)
			.map((details) -> this.calendarFiles.single(details.event(), details.updatedAt()));
	}

	/**
	 * A café as the public sees it.
	 * @param eventId the café id
	 * @return the café with its last approved texts; empty unless it is published or
	 * cancelled
	 */
	public Optional<EventSummary> findPublic(long eventId) {
		return this.records.findPublic(eventId);
	}

	/**
	 * A café whatever its status, for checks such as "is this account one of its
	 * facilitators".
	 * @param eventId the café id
	 * @return the café as its organisers last saved it, empty if unknown
	 */
	public Optional<EventSummary> find(long eventId) {
		return this.records.find(eventId);
	}

	/**
	 * Published cafés not yet started around a point, soonest first; cancelled ones are
	 * left out.
	 * @param latitude WGS 84 latitude of the point, in degrees
	 * @param longitude WGS 84 longitude of the point, in degrees
	 * @param km the radius in kilometres, 1 to 500
	 * @param limit the most cafés to return, 1 to {@value #MAX_LIMIT}
	 * @return the cafés with their approved texts, possibly empty
	 * @throws IllegalArgumentException if the radius or the limit is out of range
	 */
	public List<EventSummary> upcomingNear(double latitude, double longitude, int km, int limit) {
		if (km < 1 || km > 500) {
			throw new IllegalArgumentException("Radius must be 1 to 500 km, was " + km);
		}
		return this.cafes.upcomingNear(latitude, longitude, km, checked(limit), Instant.now());
	}

	/**
	 * Published cafés not yet started anywhere, soonest first, without the national
	 * online series ({@link EventKind#CAFE_RESSOURCES},
	 * {@link EventKind#CAFE_ANIMATIONS}) which {@link #nextOfKind} features apart;
	 * cancelled ones are left out.
	 * @param limit the most cafés to return, 1 to {@value #MAX_LIMIT}
	 * @return the cafés with their approved texts, possibly empty
	 * @throws IllegalArgumentException if the limit is out of range
	 */
	public List<EventSummary> upcoming(int limit) {
		return this.cafes.upcoming(checked(limit), Instant.now());
	}

	/**
	 * The next published café of a kind, such as the next Café ressources.
	 * @param kind the kind
	 * @return the café starting soonest, empty when none is planned
	 */
	public Optional<EventSummary> nextOfKind(EventKind kind) {
		return this.cafes.nextOfKind(kind, Instant.now());
	}

	/**
	 * The programme in figures: published cafés to come, and the communes and
	 * départements where they take place (online cafés count in the first only). Counted
	 * in one statement at most once per {@code cafeia.events.figures-max-age} (a minute)
	 * on each node.
	 * @return the figures, up to that old
	 */
	public EventFigures figures() {
		return this.figures.get(Boolean.TRUE, () -> this.cafes.figures(Instant.now()));
	}

	/**
	 * Published cafés an account organises or co-facilitates that have started, most
	 * recent first: the cafés a facilitator may file a report on. Cancelled cafés and
	 * drafts are left out.
	 * @param accountId the account
	 * @param limit the most cafés to return, 1 to {@value #MAX_PAST_LIMIT}
	 * @return the cafés as their organisers last saved them, possibly empty
	 * @throws IllegalArgumentException if the limit is out of range
	 */
	public List<EventSummary> pastFacilitatedBy(long accountId, int limit) {
		if (limit < 1 || limit > MAX_PAST_LIMIT) {
			throw new IllegalArgumentException("Limit must be 1 to " + MAX_PAST_LIMIT + ", was " + limit);
		}
		return this.records.startedFacilitatedBy(accountId, Instant.now(), limit);
	}

	/**
	 * Published cafés that ended in a period, by end, such as the cafés of the past
	 * fortnight whose organisers are reminded to file a report. Cancelled cafés are left
	 * out.
	 * @param from start of the period, included
	 * @param to end of the period, excluded
	 * @return the cafés as their organisers last saved them, possibly empty
	 */
	public List<EventSummary> endedBetween(Instant from, Instant to) {
		return this.records.endedBetween(from, to);
	}

	/**
	 * How many published cafés started in a period, such as the cafés of a year held so
	 * far. Cancelled cafés and drafts do not count.
	 * @param from start of the period, included
	 * @param to end of the period, excluded
	 * @return the count, computed in one statement
	 */
	public long countStartedBetween(Instant from, Instant to) {
		return this.records.countStartedBetween(from, to);
	}

	private static int checked(int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("Limit must be 1 to " + MAX_LIMIT + ", was " + limit);
		}
		return limit;
	}

}
