package fr.cnnumerique.cafeia.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules (venues, matching, cafés) may read of the facilitators' directory:
 * only published profiles, that is the last version a moderator approved, of facilitators
 * who opted in and whose account is not suspended.
 */
@Service
public class FacilitatorDirectory {

	/** The largest radius the directory searches, in kilometres. */
	public static final int MAX_RADIUS_KM = 500;

	/** The most results one call returns. */
	public static final int MAX_LIMIT = 200;

	private static final String PUBLISHED = """
			FROM facilitator_listing l JOIN facilitator_profile p ON p.id = l.profile_id
			WHERE p.opted_in AND NOT p.suspended
			""";

	private static final String NEAR = """
			SELECT l.*, p.account_id,
			       earth_distance(ll_to_earth(:lat, :lng), ll_to_earth(l.latitude, l.longitude)) / 1000.0 AS distance_km
			""" + PUBLISHED + """
			AND earth_box(ll_to_earth(:lat, :lng), :metres) @> ll_to_earth(l.latitude, l.longitude)
			AND earth_distance(ll_to_earth(:lat, :lng), ll_to_earth(l.latitude, l.longitude)) <= :metres
			%s
			ORDER BY distance_km, l.name_key, l.profile_id
			LIMIT :limit
			""";

	static final RowMapper<FacilitatorSummary> SUMMARY = (rs, rowNum) -> {
		double distance = rs.getDouble("distance_km");
		Double distanceKm = rs.wasNull() ? null : distance;
		return new FacilitatorSummary(rs.getLong("profile_id"), rs.getLong("account_id"), rs.getString("name"),
				slug(rs.getString("name")), rs.getString("commune_name"), rs.getString("postal_code"),
				rs.getDouble("latitude"), rs.getDouble("longitude"), distanceKm, rs.getBoolean("looking_for_venue"),
				rs.getInt("travel_km"));
	};

	private final JdbcClient jdbc;

	FacilitatorDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A published profile.
	 * @param id the profile id
	 * @return the profile as approved, empty if unknown, not opted in, never approved,
	 * taken off the site or of a suspended account
	 */
	@Transactional(readOnly = true)
	public Optional<FacilitatorSummary> findPublished(long id) {
		return this.jdbc
			.sql("SELECT l.*, p.account_id, NULL::float8 AS distance_km " + PUBLISHED + " AND l.profile_id = :id")
			.param("id", id)
			.query(SUMMARY)
			.optional();
	}

	/**
	 * The published profile of an account, for the venue and café pages that name their
	 * facilitator.
	 * @param accountId the facilitator's account id
	 * @return the profile as approved, empty if the account has no public profile
	 */
	@Transactional(readOnly = true)
	public Optional<FacilitatorSummary> findPublishedByAccount(long accountId) {
		return this.jdbc
			.sql("SELECT l.*, p.account_id, NULL::float8 AS distance_km " + PUBLISHED + " AND p.account_id = :account")
			.param("account", accountId)
			.query(SUMMARY)
			.optional();
	}

	/**
	 * The published profiles of several accounts at once, for pages that name several
	 * facilitators (such as a café's page), in one statement.
	 * @param accountIds the facilitators' account ids, possibly empty
	 * @return the profiles found, in no particular order; accounts without a public
	 * profile are left out
	 */
	@Transactional(readOnly = true)
	public List<FacilitatorSummary> findPublishedByAccounts(Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("SELECT l.*, p.account_id, NULL::float8 AS distance_km " + PUBLISHED
					+ " AND p.account_id IN (:accounts)")
			.param("accounts", List.copyOf(accountIds))
			.query(SUMMARY)
			.list();
	}

	/**
	 * An account's own profile as last saved, published or not, for the facilitator's
	 * space (matching): the point is the commune centre of the draft.
	 * @param accountId the facilitator's account id
	 * @return the draft profile, empty if the account has none
	 */
	@Transactional(readOnly = true)
	public Optional<FacilitatorSummary> ownProfile(long accountId) {
		return this.jdbc.sql("""
				SELECT p.id AS profile_id, p.account_id, p.name, p.commune_name, p.postal_code, p.latitude,
				       p.longitude, NULL::float8 AS distance_km, p.looking_for_venue, p.travel_km
				FROM facilitator_profile p WHERE p.account_id = :account
				""").param("account", accountId).query(SUMMARY).optional();
	}

	/**
	 * Published facilitators whose commune centre lies within a radius of a point,
	 * nearest first (then by name).
	 * @param latitude WGS 84 latitude of the point, in degrees
	 * @param longitude WGS 84 longitude of the point, in degrees
	 * @param km the radius in kilometres, 0 to {@value #MAX_RADIUS_KM}
	 * @param limit the maximum number of results, 1 to {@value #MAX_LIMIT}
	 * @return the facilitators with their {@code distanceKm} set
	 * @throws IllegalArgumentException if the radius or the limit is out of range
	 */
	@Transactional(readOnly = true)
	public List<FacilitatorSummary> publishedNear(double latitude, double longitude, int km, int limit) {
		return near(latitude, longitude, km, limit, "");
	}

	/**
	 * Published facilitators looking for a venue within a radius of a point, nearest
	 * first: what a venue manager sees. Whether the venue lies within each facilitator's
	 * own travel distance is left to the caller, which can compare {@code distanceKm} and
	 * {@code travelKm}.
	 * @param latitude WGS 84 latitude of the venue, in degrees
	 * @param longitude WGS 84 longitude of the venue, in degrees
	 * @param km the radius in kilometres, 0 to {@value #MAX_RADIUS_KM}
	 * @param limit the maximum number of results, 1 to {@value #MAX_LIMIT}
	 * @return the facilitators with their {@code distanceKm} set
	 * @throws IllegalArgumentException if the radius or the limit is out of range
	 */
	@Transactional(readOnly = true)
	public List<FacilitatorSummary> lookingForVenueNear(double latitude, double longitude, int km, int limit) {
		return near(latitude, longitude, km, limit, "AND l.looking_for_venue");
	}

	private List<FacilitatorSummary> near(double latitude, double longitude, int km, int limit, String condition) {
		if (km < 0 || km > MAX_RADIUS_KM) {
			throw new IllegalArgumentException("Radius must be 0 to " + MAX_RADIUS_KM + " km, was " + km);
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("Limit must be 1 to " + MAX_LIMIT + ", was " + limit);
		}
		return this.jdbc.sql(NEAR.formatted(condition))
			.param("lat", latitude)
			.param("lng", longitude)
			.param("metres", km * 1000.0)
			.param("limit", limit)
			.query(SUMMARY)
			.list();
	}

	/**
	 * The URL segment made from a public name: lower-case ASCII words joined by hyphens.
	 * @param name a public name
	 * @return the slug, {@code animateur} when nothing is left
	 */
	public static String slug(String name) {
		return fr.cnnumerique.cafeia.shared.Slugs.of(name, 60, "animateur");
	}

}
