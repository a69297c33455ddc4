package fr.cnnumerique.cafeia.directory.venue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.cnnumerique.cafeia.directory.VenueDetails;
import fr.cnnumerique.cafeia.directory.VenueSummary;
import fr.cnnumerique.cafeia.shared.BoundingBox;
import fr.cnnumerique.cafeia.shared.MapGrid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read side of the venues for the module's API ({@code VenueDirectory}), the public
 * directory, the map and the exports. Public look-ups read only {@code venue_public}, the
 * last approved versions of venues not left with suspended managers only. Internal to the
 * directory module despite being public: the API is
 * {@code fr.cnnumerique.cafeia.directory.VenueDirectory}.
 */
@Repository
public class VenueQueries {

	private static final String SUMMARY = "p.id, p.name, p.type, p.street, p.postal_code, p.insee_code, "
			+ "p.commune_name, p.latitude, p.longitude, p.ready_to_host";

	private static final String DISTANCE = "earth_distance(ll_to_earth(:lat, :lng), ll_to_earth(p.latitude, p.longitude))";

	private static final String WITHIN = "earth_box(ll_to_earth(:lat, :lng), :metres) @> ll_to_earth(p.latitude, p.longitude) AND "
			+ DISTANCE + " <= :metres";

	private static final RowMapper<VenueSummary> SUMMARY_ROW = VenueQueries::summary;

	private final JdbcClient jdbc;

	VenueQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The published version of a venue.
	 * @param id the venue id
	 * @return the venue, empty if unknown or unpublished
	 */
	public Optional<VenueSummary> findPublished(long id) {
		return this.jdbc.sql("SELECT " + SUMMARY + ", NULL::float8 AS distance_km FROM venue_public p WHERE p.id = ?")
			.param(id)
			.query(SUMMARY_ROW)
			.optional();
	}

	/**
	 * The published version of a venue with its accessibility.
	 * @param id the venue id
	 * @return the venue, empty if unknown or unpublished
	 */
	public Optional<VenueDetails> findPublishedDetails(long id) {
		return this.jdbc
			.sql("SELECT " + SUMMARY + ", NULL::float8 AS distance_km, p.step_free, p.adapted_toilets, p.hearing_loop, "
					+ "p.other_access, p.access_details FROM venue_public p WHERE p.id = ?")
			.param(id)
			.query((rs, row) -> {
				List<String> access = new ArrayList<>();
				if (rs.getBoolean("step_free")) {
					access.add("step-free");
				}
				if (rs.getBoolean("adapted_toilets")) {
					access.add("adapted-toilets");
				}
				if (rs.getBoolean("hearing_loop")) {
					access.add("hearing-loop");
				}
				if (rs.getBoolean("other_access")) {
					access.add("other");
				}
				String details = rs.getString("access_details");
				return new VenueDetails(summary(rs, row), access,
						(details == null || details.isBlank()) ? null : details);
			})
			.optional();
	}

	/**
	 * The drafts of the venues an account manages.
	 * @param accountId the account id
	 * @return the venues by name
	 */
	public List<VenueSummary> managedBy(long accountId) {
		return this.jdbc
			.sql("SELECT " + SUMMARY + ", NULL::float8 AS distance_km FROM venue p "
					+ "JOIN venue_manager m ON m.venue_id = p.id WHERE m.account_id = ? ORDER BY p.name, p.id")
			.param(accountId)
			.query(SUMMARY_ROW)
			.list();
	}

	/**
	 * Published venues ready to host around a point, nearest first.
	 * @param latitude latitude of the point
	 * @param longitude longitude of the point
	 * @param km radius in kilometres
	 * @param limit maximum number of venues
	 * @return the venues with their distance
	 */
	public List<VenueSummary> readyToHostNear(double latitude, double longitude, int km, int limit) {
		return this.jdbc
			.sql("SELECT " + SUMMARY + ", " + DISTANCE + " / 1000 AS distance_km FROM venue_public p WHERE " + WITHIN
					+ " AND p.ready_to_host ORDER BY distance_km, p.id LIMIT :limit")
			.param("lat", latitude)
			.param("lng", longitude)
			.param("metres", km * 1000.0)
			.param("limit", limit)
			.query(SUMMARY_ROW)
			.list();
	}

	Page<VenueSummary> search(VenueSearch search, Pageable pageable) {
		StringBuilder where = new StringBuilder(" FROM venue_public p WHERE true");
		Map<String, Object> params = new HashMap<>();
		String distance = "NULL::float8";
		String order = "p.name, p.id";
		if (search.name() != null) {
			where.append(" AND p.search_key LIKE '%' || territory_search_key(:name) || '%'");
			params.put("name", search.name());
		}
		if (search.near() != null) {
			where.append(" AND ").append(WITHIN);
			params.put("lat", search.near().latitude());
			params.put("lng", search.near().longitude());
			params.put("metres", search.radiusKm() * 1000.0);
			distance = DISTANCE + " / 1000";
			order = "distance_km, p.id";
		}
		if (search.type() != null) {
			where.append(" AND p.type = :type");
			params.put("type", search.type());
		}
		for (String access : search.accessibility()) {
			switch (access) {
				case "step-free" -> where.append(" AND p.step_free");
				case "adapted-toilets" -> where.append(" AND p.adapted_toilets");
				case "hearing-loop" -> where.append(" AND p.hearing_loop");
				default -> where.append(" AND p.other_access");
			}
		}
		if (search.readyToHost()) {
			where.append(" AND p.ready_to_host");
		}
		long total = this.jdbc.sql("SELECT count(*)" + where).params(params).query(Long.class).single();
		List<VenueSummary> venues = this.jdbc
			.sql("SELECT " + SUMMARY + ", " + distance + " AS distance_km" + where + " ORDER BY " + order
					+ " LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(SUMMARY_ROW)
			.list();
		return new PageImpl<>(venues, pageable, total);
	}

	/** Published venues in a box, or all of them when {@code box} is {@code null}. */
	List<VenueSummary> points(BoundingBox box) {
		if (box == null) {
			return this.jdbc
				.sql("SELECT " + SUMMARY + ", NULL::float8 AS distance_km FROM venue_public p ORDER BY p.id")
				.query(SUMMARY_ROW)
				.list();
		}
		return this.jdbc
			.sql("SELECT " + SUMMARY + ", NULL::float8 AS distance_km FROM venue_public p WHERE "
					+ MapGrid.withinBox("p") + " ORDER BY p.id")
			.params(box.params())
			.query(SUMMARY_ROW)
			.list();
	}

	/**
	 * Published venues in a box grouped on a grid of {@code cellDegrees}: one row per
	 * non-empty cell with its count, the centroid and the extent of its venues.
	 */
	List<MapGrid.Cluster> clusters(BoundingBox box, double cellDegrees) {
		return this.jdbc
			.sql("SELECT " + MapGrid.clusterColumns("p") + " FROM venue_public p WHERE " + MapGrid.withinBox("p")
					+ " GROUP BY " + MapGrid.groupBy("p") + " ORDER BY n DESC, lat, lng")
			.params(box.params())
			.param("cell", cellDegrees)
			.query(MapGrid.CLUSTER)
			.list();
	}

	/** Every published venue with all its public fields, for the open-data export. */
	List<VenueDraft> allPublished() {
		return this.jdbc
			.sql("SELECT id, " + VenueStore.FIELDS
					+ ", 'PUBLISHED' AS moderation_state, updated_at, 0 AS version FROM venue_public ORDER BY id")
			.query(VenueStore.DRAFT)
			.list();
	}

	private static VenueSummary summary(ResultSet rs, int row) throws SQLException {
		double distance = rs.getDouble("distance_km");
		Double distanceKm = rs.wasNull() ? null : distance;
		String name = rs.getString("name");
		return new VenueSummary(rs.getLong("id"), name, Slug.of(name), rs.getString("type"), rs.getString("street"),
				rs.getString("postal_code"), rs.getString("insee_code"), rs.getString("commune_name"),
				rs.getDouble("latitude"), rs.getDouble("longitude"), distanceKm, rs.getBoolean("ready_to_host"));
	}

}
