package fr.cnnumerique.cafeia.events.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import fr.cnnumerique.cafeia.events.EventSummary;
import fr.cnnumerique.cafeia.shared.BoundingBox;
import fr.cnnumerique.cafeia.shared.MapGrid;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of the map and of the CSV feed, with the same criteria as the list
 * ({@link EventQueries#where} and {@link EventQueries#whereNear}). Online cafés have no
 * position, so the map never shows them.
 */
@Repository
class EventFeedQueries {

	/** Rows fetched at a time by the export, so a large feed is never held in memory. */
	static final int FETCH_SIZE = 500;

	private final JdbcClient jdbc;

	private final JdbcClient streaming;

	private final EventQueries queries;

	EventFeedQueries(JdbcClient jdbc, DataSource dataSource, EventQueries queries) {
		this.jdbc = jdbc;
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.streaming = JdbcClient.create(new NamedParameterJdbcTemplate(template));
		this.queries = queries;
	}

	/**
	 * A café in the CSV feed: the summary and what only the feed shows.
	 *
	 * @param event the café
	 * @param language its language code, such as {@code fr}
	 * @param freeOfCharge whether it is free
	 */
	record ExportRow(EventSummary event, String language, boolean freeOfCharge) {

	}

	/**
	 * What identifies the rows of a feed at a given time: changes when a matching café is
	 * added, edited, ended or leaves the feed.
	 *
	 * @param count how many cafés match
	 * @param lastUpdate the latest change among them, {@code null} when none match
	 */
	record Version(long count, Instant lastUpdate) {

	}

	/**
	 * Upcoming public cafés at a venue, with places left.
	 * @param box the area, {@code null} for anywhere
	 */
	@Transactional(readOnly = true)
	List<EventListing> points(EventFilter filter, Instant now, BoundingBox box) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = located(filter, now, params);
		if (box != null) {
			where.append(" AND ").append(MapGrid.withinBox("e"));
			params.putAll(box.params());
		}
		List<EventListing> rows = this.jdbc
			.sql("SELECT " + EventQueries.COLUMNS + " FROM event e WHERE " + where + " ORDER BY e.starts_at, e.id")
			.params(params)
			.query(EventQueries.SUMMARY)
			.list()
			.stream()
			.map((event) -> new EventListing(event, null, null))
			.toList();
		return this.queries.withPlacesLeft(rows);
	}

	/**
	 * Upcoming public cafés at a venue in a box, grouped on a grid.
	 * @param cellDegrees the side of a cell of the grid
	 */
	@Transactional(readOnly = true)
	List<MapGrid.Cluster> clusters(EventFilter filter, Instant now, BoundingBox box, double cellDegrees) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = located(filter, now, params);
		params.putAll(box.params());
		params.put("cell", cellDegrees);
		return this.jdbc
			.sql("SELECT " + MapGrid.clusterColumns("p") + " FROM (SELECT e.latitude, e.longitude FROM event e WHERE "
					+ where + ") p WHERE " + MapGrid.withinBox("p") + " GROUP BY " + MapGrid.groupBy("p")
					+ " ORDER BY n DESC, lat, lng")
			.params(params)
			.query(MapGrid.CLUSTER)
			.list();
	}

	/** The version of the cafés matching a filter, in one statement. */
	@Transactional(readOnly = true)
	Version version(EventFilter filter, Instant now) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = EventQueries.where(filter, now, params);
		EventQueries.whereNear(filter, where, params);
		return this.jdbc.sql("SELECT count(*) AS n, max(e.updated_at) AS last FROM event e WHERE " + where)
			.params(params)
			.query((rs, row) -> {
				Timestamp last = rs.getTimestamp("last");
				return new Version(rs.getLong("n"), (last != null) ? last.toInstant() : null);
			})
			.single();
	}

	/**
	 * Hands every matching café to {@code sink}, soonest first, reading the rows a few
	 * hundred at a time.
	 */
	@Transactional(readOnly = true)
	void export(EventFilter filter, Instant now, Consumer<ExportRow> sink) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = EventQueries.where(filter, now, params);
		EventQueries.whereNear(filter, where, params);
		int[] row = new int[1];
		this.streaming
			.sql("SELECT " + EventQueries.COLUMNS + ", e.language, e.free_of_charge FROM event e WHERE " + where
					+ " ORDER BY e.starts_at, e.id")
			.params(params)
			.query((RowCallbackHandler) (rs) -> sink.accept(new ExportRow(EventQueries.SUMMARY.mapRow(rs, row[0]++),
					rs.getString("language"), rs.getBoolean("free_of_charge"))));
	}

	private static StringBuilder located(EventFilter filter, Instant now, Map<String, Object> params) {
		StringBuilder where = EventQueries.where(filter, now, params);
		where.append(" AND e.latitude IS NOT NULL AND e.longitude IS NOT NULL");
		EventQueries.whereNear(filter, where, params);
		return where;
	}

}
