package fr.cnnumerique.cafeia.events.search;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.cnnumerique.cafeia.events.EventAttendance;
import fr.cnnumerique.cafeia.events.EventFormat;
import fr.cnnumerique.cafeia.events.EventKind;
import fr.cnnumerique.cafeia.events.EventStatus;
import fr.cnnumerique.cafeia.events.EventSummary;
import fr.cnnumerique.cafeia.events.RegistrationMode;
import fr.cnnumerique.cafeia.events.management.EventZones;
import fr.cnnumerique.cafeia.shared.Slugs;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of the public cafés: the list, the online cafés, the feeds. Reads only
 * published and cancelled cafés, with their approved texts, in one statement per list
 * (plus one for the count of a page and one for the places taken).
 * <p>
 * Around a point, cafés are ordered by distance to the kilometre, then by date: the
 * nearest first, and among cafés of a same town the soonest first.
 */
@Repository
public class EventQueries {

	/** Columns read into an {@link EventSummary}, on table alias {@code e}. */
	public static final String COLUMNS = "e.id, e.kind, e.published_title AS title, e.published_summary AS summary, "
			+ "e.format, e.starts_at, e.ends_at, e.time_zone, e.status, e.venue_id, e.venue_name, e.street, "
			+ "e.postal_code, e.insee_code, e.commune_name, e.departement_code, e.region_code, e.latitude, "
			+ "e.longitude, e.online_url, e.capacity, e.registration, e.registration_url, e.organiser_id, "
			+ "e.co_facilitator_ids, e.themes, e.audiences, e.sequence, e.series_id";

	private static final String DISTANCE = "earth_distance(ll_to_earth(:lat, :lng), ll_to_earth(e.latitude, e.longitude))";

	private static final String WITHIN = "e.latitude IS NOT NULL AND earth_box(ll_to_earth(:lat, :lng), :metres) "
			+ "@> ll_to_earth(e.latitude, e.longitude) AND " + DISTANCE + " <= :metres";

	/** Reads the {@link #COLUMNS}. */
	public static final RowMapper<EventSummary> SUMMARY = EventQueries::summary;

	private final JdbcClient jdbc;

	private final ObjectProvider<EventAttendance> attendance;

	EventQueries(JdbcClient jdbc, ObjectProvider<EventAttendance> attendance) {
		this.jdbc = jdbc;
		this.attendance = attendance;
	}

	/**
	 * A page of upcoming public cafés (not yet ended). Around a point, online cafés are
	 * left out: they are listed apart by {@link #online}.
	 * @param filter the criteria
	 * @param now the current time
	 * @param pageable the page wanted
	 * @return the cafés with their distance and places left
	 */
	@Transactional(readOnly = true)
	public Page<EventListing> search(EventFilter filter, Instant now, Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = where(filter, now, params);
		String distance = "NULL::float8";
		String order = "e.starts_at, e.id";
		if (filter.near()) {
			where.append(" AND ").append(WITHIN);
			params.put("lat", filter.latitude());
			params.put("lng", filter.longitude());
			params.put("metres", filter.radiusKm() * 1000.0);
			distance = DISTANCE + " / 1000";
			order = "floor(" + DISTANCE + " / 1000), e.starts_at, e.id";
		}
		long total = this.jdbc.sql("SELECT count(*) FROM event e WHERE " + where)
			.params(params)
			.query(Long.class)
			.single();
		if (total == 0) {
			return Page.empty(pageable);
		}
		List<EventListing> rows = this.jdbc
			.sql("SELECT " + COLUMNS + ", " + distance + " AS distance_km FROM event e WHERE " + where + " ORDER BY "
					+ order + " LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(EventQueries::listing)
			.list();
		return new PageImpl<>(withPlacesLeft(rows), pageable, total);
	}

	/**
	 * Upcoming public online and hybrid cafés matching the criteria other than the place,
	 * soonest first: reachable from anywhere.
	 * @param filter the criteria; its place is ignored
	 * @param now the current time
	 * @param limit the most cafés to return
	 * @return the cafés, soonest first
	 */
	@Transactional(readOnly = true)
	public List<EventListing> online(EventFilter filter, Instant now, int limit) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = where(filter, now, params);
		where.append(" AND e.format IN ('ONLINE', 'HYBRID')");
		List<EventListing> rows = this.jdbc
			.sql("SELECT " + COLUMNS + ", NULL::float8 AS distance_km FROM event e WHERE " + where
					+ " ORDER BY e.starts_at, e.id LIMIT :limit")
			.params(params)
			.param("limit", limit)
			.query(EventQueries::listing)
			.list();
		return withPlacesLeft(rows);
	}

	/**
	 * Adds places left to cafés read from the database, in one call to the registrations
	 * module for the whole list.
	 * @param rows cafés without places left
	 * @return the same cafés with places left where it applies
	 */
	public List<EventListing> withPlacesLeft(List<EventListing> rows) {
		List<Long> counted = rows.stream()
			.map(EventListing::event)
			.filter((e) -> e.registration() == RegistrationMode.PORTAL && e.capacity() != null)
			.map(EventSummary::id)
			.toList();
		if (counted.isEmpty()) {
			return rows;
		}
		EventAttendance source = this.attendance.getIfAvailable();
		Map<Long, Integer> taken = (source != null) ? source.placesTaken(counted) : Map.of();
		List<EventListing> result = new ArrayList<>(rows.size());
		for (EventListing row : rows) {
			EventSummary e = row.event();
			Integer left = counted.contains(e.id()) ? Math.max(0, e.capacity() - taken.getOrDefault(e.id(), 0)) : null;
			result.add(new EventListing(e, row.distanceKm(), left));
		}
		return result;
	}

	/**
	 * The conditions shared by the lists and feeds, except the place: public, not ended,
	 * dates, format, audience, theme and words.
	 * @param filter the criteria
	 * @param now the current time
	 * @param params receives the named parameters
	 * @return the SQL condition on table alias {@code e}
	 */
	public static StringBuilder where(EventFilter filter, Instant now, Map<String, Object> params) {
		// a café starts and ends on the same date, so one still going started less than a
		// day ago: the bound on starts_at lets the index skip every past café
		StringBuilder where = new StringBuilder(
				"e.status IN ('PUBLISHED', 'CANCELLED') AND e.ends_at > :now AND e.starts_at > :recent");
		params.put("now", Timestamp.from(now));
		params.put("recent", Timestamp.from(now.minus(java.time.Duration.ofDays(1))));
		ZoneId paris = EventZones.PARIS;
		if (filter.from() != null) {
			where.append(" AND e.starts_at >= :from");
			params.put("from", Timestamp.from(filter.from().atStartOfDay(paris).toInstant()));
		}
		if (filter.to() != null) {
			where.append(" AND e.starts_at < :to");
			params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(paris).toInstant()));
		}
		if (filter.format() != null) {
			where.append(" AND e.format = :format");
			params.put("format", filter.format().name());
		}
		if (filter.audience() != null) {
			where.append(" AND e.audiences @> ARRAY[CAST(:audience AS text)]");
			params.put("audience", filter.audience());
		}
		if (filter.theme() != null) {
			where.append(" AND e.themes @> ARRAY[CAST(:theme AS text)]");
			params.put("theme", filter.theme());
		}
		if (filter.text() != null) {
			where.append(" AND e.search_vector @@ websearch_to_tsquery('french'::regconfig, immutable_unaccent(:q))");
			params.put("q", filter.text());
		}
		return where;
	}

	/**
	 * The place condition shared by the lists and feeds: around a point, cafés at a venue
	 * within the radius; nothing otherwise.
	 * @param filter the criteria
	 * @param where the condition so far, on table alias {@code e}, extended in place
	 * @param params receives the named parameters {@code lat}, {@code lng} and
	 * {@code metres}
	 * @return {@code true} when a condition was added
	 */
	public static boolean whereNear(EventFilter filter, StringBuilder where, Map<String, Object> params) {
		if (!filter.near()) {
			return false;
		}
		where.append(" AND ").append(WITHIN);
		params.put("lat", filter.latitude());
		params.put("lng", filter.longitude());
		params.put("metres", filter.radiusKm() * 1000.0);
		return true;
	}

	private static EventListing listing(ResultSet rs, int row) throws SQLException {
		double distance = rs.getDouble("distance_km");
		Double distanceKm = rs.wasNull() ? null : distance;
		return new EventListing(summary(rs, row), distanceKm, null);
	}

	private static EventSummary summary(ResultSet rs, int row) throws SQLException {
		ZoneId zone = ZoneId.of(rs.getString("time_zone"));
		String title = rs.getString("title");
		return new EventSummary(rs.getLong("id"), Slugs.of(title, 80, "cafe-ia"),
				EventKind.valueOf(rs.getString("kind")), title, rs.getString("summary"),
				EventFormat.valueOf(rs.getString("format")), rs.getTimestamp("starts_at").toInstant().atZone(zone),
				rs.getTimestamp("ends_at").toInstant().atZone(zone), EventStatus.valueOf(rs.getString("status")),
				nullableLong(rs, "venue_id"), rs.getString("venue_name"), rs.getString("street"),
				rs.getString("postal_code"), rs.getString("insee_code"), rs.getString("commune_name"),
				rs.getString("departement_code"), rs.getString("region_code"), nullableDouble(rs, "latitude"),
				nullableDouble(rs, "longitude"), rs.getString("online_url"), nullableInt(rs, "capacity"),
				RegistrationMode.valueOf(rs.getString("registration")), rs.getString("registration_url"),
				rs.getLong("organiser_id"), longs(rs.getArray("co_facilitator_ids")), strings(rs.getArray("themes")),
				strings(rs.getArray("audiences")), rs.getInt("sequence"), nullableLong(rs, "series_id"));
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	private static List<Long> longs(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((Long[]) array.getArray()) : List.of();
	}

}
