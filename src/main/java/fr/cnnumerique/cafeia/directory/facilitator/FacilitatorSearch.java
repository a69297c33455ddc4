package fr.cnnumerique.cafeia.directory.facilitator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.cnnumerique.cafeia.territory.Place;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the public directory: approved listings of opted-in, active profiles. Near a
 * place, results lie within the radius (an {@code earth_box} the GiST index serves, then
 * the exact distance) and come nearest first; without a place, alphabetically.
 */
@Service
class FacilitatorSearch {

	private static final String PUBLISHED = """
			FROM facilitator_listing l JOIN facilitator_profile p ON p.id = l.profile_id
			WHERE p.opted_in AND NOT p.suspended
			""";

	private static final RowMapper<PublishedProfile> ROW = (rs, rowNum) -> {
		double distance = rs.getDouble("distance_km");
		return new PublishedProfile(rs.getLong("profile_id"), rs.getLong("account_id"), ProfileContent.from(rs),
				rs.wasNull() ? null : distance);
	};

	private final JdbcClient jdbc;

	FacilitatorSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	Optional<PublishedProfile> published(long id) {
		return this.jdbc
			.sql("SELECT l.*, p.account_id, NULL::float8 AS distance_km " + PUBLISHED + " AND l.profile_id = :id")
			.param("id", id)
			.query(ROW)
			.optional();
	}

	/**
	 * @param name part of the public name, accents and case ignored; may be {@code null}
	 * @param place centre of the search, {@code null} for the whole country
	 * @param radiusKm radius around the place
	 * @param theme a theme code or {@code null}
	 * @param audience an audience code or {@code null}
	 * @param format {@code presentiel}, {@code en-ligne} or {@code null}
	 */
	@Transactional(readOnly = true)
	Page<PublishedProfile> search(String name, Place place, int radiusKm, String theme, String audience, String format,
			Pageable pageable) {
		StringBuilder where = new StringBuilder(PUBLISHED);
		Map<String, Object> params = new HashMap<>();
		String distance = "NULL::float8";
		if (place != null) {
			distance = "earth_distance(ll_to_earth(:lat, :lng), ll_to_earth(l.latitude, l.longitude)) / 1000.0";
			where.append(" AND earth_box(ll_to_earth(:lat, :lng), :metres) @> ll_to_earth(l.latitude, l.longitude)")
				.append(" AND earth_distance(ll_to_earth(:lat, :lng), ll_to_earth(l.latitude, l.longitude)) <= :metres");
			params.put("lat", place.latitude());
			params.put("lng", place.longitude());
			params.put("metres", radiusKm * 1000.0);
		}
		if (name != null && !name.isBlank()) {
			where.append(" AND l.name_key LIKE '%' || lower(immutable_unaccent(:name)) || '%'");
			params.put("name", name.strip().replace("\\", "").replace("%", "").replace("_", ""));
		}
		if (theme != null) {
			where.append(" AND :theme = ANY (l.themes)");
			params.put("theme", theme);
		}
		if (audience != null) {
			where.append(" AND :audience = ANY (l.audiences)");
			params.put("audience", audience);
		}
		if ("presentiel".equals(format)) {
			where.append(" AND l.in_person");
		}
		else if ("en-ligne".equals(format)) {
			where.append(" AND l.online");
		}
		long total = this.jdbc.sql("SELECT count(*) " + where).params(params).query(Long.class).single();
		if (total == 0) {
			return Page.empty(pageable);
		}
		String order = (place != null) ? "distance_km, l.name_key, l.profile_id" : "l.name_key, l.profile_id";
		List<PublishedProfile> rows = new ArrayList<>(this.jdbc
			.sql("SELECT l.*, p.account_id, " + distance + " AS distance_km " + where + " ORDER BY " + order
					+ " LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(ROW)
			.list());
		return new PageImpl<>(rows, pageable, total);
	}

}
