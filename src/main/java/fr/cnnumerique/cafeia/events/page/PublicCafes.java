package fr.cnnumerique.cafeia.events.page;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.cnnumerique.cafeia.events.EventFigures;
import fr.cnnumerique.cafeia.events.EventKind;
import fr.cnnumerique.cafeia.events.EventSummary;
import fr.cnnumerique.cafeia.events.search.EventFilter;
import fr.cnnumerique.cafeia.events.search.EventQueries;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of the café pages, the calendar feed, the home page and the venue pages: one
 * statement per method, published cafés with their approved texts. Internal to the events
 * module despite being public: other modules use
 * {@link fr.cnnumerique.cafeia.events.EventCalendar}.
 */
@Repository
public class PublicCafes {

	/** The most cafés a calendar feed holds: the soonest ones. */
	public static final int FEED_LIMIT = 500;

	private static final String UPCOMING = "e.status = 'PUBLISHED' AND e.starts_at > :now";

	private static final String DISTANCE = "earth_distance(ll_to_earth(:lat, :lng), ll_to_earth(e.latitude, e.longitude))";

	private static final String WITHIN = "e.latitude IS NOT NULL AND earth_box(ll_to_earth(:lat, :lng), :metres) "
			+ "@> ll_to_earth(e.latitude, e.longitude) AND " + DISTANCE + " <= :metres";

	private final JdbcClient jdbc;

	PublicCafes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A café in a calendar feed, with the time it last changed.
	 *
	 * @param event the café with its approved texts
	 * @param updatedAt when it last changed
	 */
	public record FeedEntry(EventSummary event, Instant updatedAt) {

	}

	/**
	 * The cafés of a calendar feed: the public cafés not yet ended matching the criteria
	 * of the list, soonest first, at most {@link #FEED_LIMIT}. Around a point, online and
	 * hybrid cafés held anywhere are included, as the list shows them apart: they can be
	 * joined from anywhere; {@code format=presentiel} leaves them out.
	 * @param filter the criteria of the list
	 * @param now the current time
	 * @return the cafés, cancelled ones included
	 */
	@Transactional(readOnly = true)
	public List<FeedEntry> feed(EventFilter filter, Instant now) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = EventQueries.where(filter, now, params);
		if (filter.near()) {
			where.append(" AND ((").append(WITHIN).append(") OR e.format IN ('ONLINE', 'HYBRID'))");
			params.put("lat", filter.latitude());
			params.put("lng", filter.longitude());
			params.put("metres", filter.radiusKm() * 1000.0);
		}
		return this.jdbc
			.sql("SELECT " + EventQueries.COLUMNS + ", e.updated_at FROM event e WHERE " + where
					+ " ORDER BY e.starts_at, e.id LIMIT :limit")
			.params(params)
			.param("limit", FEED_LIMIT)
			.query((rs, row) -> new FeedEntry(EventQueries.SUMMARY.mapRow(rs, row),
					rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	/**
	 * Published cafés not yet started within a radius of a point, soonest first.
	 * @param latitude WGS 84 latitude of the point
	 * @param longitude WGS 84 longitude of the point
	 * @param km the radius in kilometres
	 * @param limit the most cafés to return
	 * @param now the current time
	 * @return the cafés, possibly empty
	 */
	@Transactional(readOnly = true)
	public List<EventSummary> upcomingNear(double latitude, double longitude, int km, int limit, Instant now) {
		return this.jdbc
			.sql("SELECT " + EventQueries.COLUMNS + " FROM event e WHERE " + UPCOMING + " AND " + WITHIN
					+ " ORDER BY e.starts_at, e.id LIMIT :limit")
			.param("now", Timestamp.from(now))
			.param("lat", latitude)
			.param("lng", longitude)
			.param("metres", km * 1000.0)
			.param("limit", limit)
			.query(EventQueries.SUMMARY)
			.list();
	}

	/**
	 * Published cafés not yet started anywhere, soonest first, leaving out the national
	 * online series (shown apart).
	 * @param limit the most cafés to return
	 * @param now the current time
	 * @return the cafés, possibly empty
	 */
	@Transactional(readOnly = true)
	public List<EventSummary> upcoming(int limit, Instant now) {
		return this.jdbc.sql("SELECT " + EventQueries.COLUMNS + " FROM event e WHERE " + UPCOMING
				+ " AND e.kind NOT IN ('CAFE_RESSOURCES', 'CAFE_ANIMATIONS') ORDER BY e.starts_at, e.id LIMIT :limit")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query(EventQueries.SUMMARY)
			.list();
	}

	/**
	 * The next published café of a kind.
	 * @param kind the kind
	 * @param now the current time
	 * @return the café starting soonest, empty when none is planned
	 */
	@Transactional(readOnly = true)
	public Optional<EventSummary> nextOfKind(EventKind kind, Instant now) {
		return this.jdbc
			.sql("SELECT " + EventQueries.COLUMNS + " FROM event e WHERE " + UPCOMING
					+ " AND e.kind = :kind ORDER BY e.starts_at, e.id LIMIT 1")
			.param("now", Timestamp.from(now))
			.param("kind", kind.name())
			.query(EventQueries.SUMMARY)
			.optional();
	}

	/**
	 * Published cafés not yet ended at a venue, cancelled ones included, soonest first.
	 * @param venueId the directory venue
	 * @param limit the most cafés to return
	 * @param now the current time
	 * @return the cafés, possibly empty
	 */
	@Transactional(readOnly = true)
	public List<EventSummary> upcomingAt(long venueId, int limit, Instant now) {
		return this.jdbc
			.sql("SELECT " + EventQueries.COLUMNS + " FROM event e WHERE e.status IN ('PUBLISHED', 'CANCELLED') "
					+ "AND e.ends_at > :now AND e.venue_id = :venue ORDER BY e.starts_at, e.id LIMIT :limit")
			.param("now", Timestamp.from(now))
			.param("venue", venueId)
			.param("limit", limit)
			.query(EventQueries.SUMMARY)
			.list();
	}

	/**
	 * The programme's figures, in one statement.
	 * @param now the current time
	 * @return published cafés not yet started, and the communes and départements where
	 * they take place
	 */
	@Transactional(readOnly = true)
	public EventFigures figures(Instant now) {
		return this.jdbc
			.sql("SELECT count(*), count(DISTINCT e.insee_code), count(DISTINCT e.departement_code) FROM event e WHERE "
					+ UPCOMING)
			.param("now", Timestamp.from(now))
			.query((rs, row) -> new EventFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

}
