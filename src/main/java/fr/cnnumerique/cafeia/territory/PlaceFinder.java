package fr.cnnumerique.cafeia.territory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns what people type into a commune and its centre: a name ("Lyon", "saint etienne",
 * "St-Étienne", "evry"), a name and an arrondissement ("lyon 3"), a postal code ("69003",
 * "29000") or a name and a postal code ("Lyon (69003)", the label of a suggestion).
 * Matching ignores accents, case, hyphens and apostrophes, reads "st"/"ste" as
 * "saint"/"sainte", accepts the beginning of a name, the name without its article
 * ("Havre") and the names of delegated former communes, and falls back to trigram
 * similarity for typos. Among several matches the most populated commune comes first; an
 * exact name counts ten times its population, so that "Évry" gives Évry-Courcouronnes
 * (66,000 inhabitants) rather than Évry in the Yonne (400).
 */
@Service
public class PlaceFinder {

	/** Queries longer than this are cut: no place name is that long. */
	static final int MAX_QUERY_LENGTH = 100;

	private static final Pattern POSTAL_CODE = Pattern.compile("(?<![0-9])([0-9]{5})(?![0-9])");

	private static final Pattern PARTIAL_POSTAL_CODE = Pattern.compile("[0-9]{2,4}");

	private static final String PLACE_COLUMNS = """
			SELECT c.insee_code, c.name, COALESCE(h.postal_code, c.postal_code) AS postal_code,
			       d.code AS departement_code, d.name AS departement_name, r.code AS region_code,
			       r.name AS region_name, COALESCE(h.latitude, c.latitude) AS latitude,
			       COALESCE(h.longitude, c.longitude) AS longitude, c.population
			FROM (%s) h
			JOIN commune c ON c.insee_code = h.insee_code
			JOIN departement d ON d.code = c.departement_code
			JOIN region r ON r.code = c.region_code
			ORDER BY %s, c.insee_code
			LIMIT :limit
			""";

	private static final String NAME_HITS = """
			SELECT DISTINCT ON (insee_code) insee_code, postal_code, latitude, longitude, boost
			FROM (
			    SELECT c.insee_code, NULL::text AS postal_code, NULL::float8 AS latitude, NULL::float8 AS longitude,
			           CASE WHEN c.search_key = :key THEN 10 ELSE 1 END AS boost, 0 AS alias
			    FROM commune c WHERE c.search_key = :key OR c.search_key LIKE :pattern
			    UNION ALL
			    SELECT a.commune_insee_code, a.postal_code, a.latitude, a.longitude,
			           CASE WHEN a.search_key = :key THEN 10 ELSE 1 END, 1
			    FROM commune_alias a WHERE a.search_key = :key OR a.search_key LIKE :pattern
			) m
			ORDER BY insee_code, boost DESC, alias
			""";

	private static final String SIMILAR_NAME_HITS = """
			SELECT DISTINCT ON (insee_code) insee_code, postal_code, latitude, longitude, boost
			FROM (
			    SELECT c.insee_code, NULL::text AS postal_code, NULL::float8 AS latitude, NULL::float8 AS longitude,
			           similarity(c.search_key, :key) AS boost, 0 AS alias
			    FROM commune c WHERE c.search_key % :key AND left(c.search_key, 1) = left(:key, 1)
			    UNION ALL
			    SELECT a.commune_insee_code, a.postal_code, a.latitude, a.longitude, similarity(a.search_key, :key), 1
			    FROM commune_alias a WHERE a.search_key % :key AND left(a.search_key, 1) = left(:key, 1)
			) m
			ORDER BY insee_code, boost DESC, alias
			""";

	private static final String NAME_AND_POSTAL_CODE_HITS = """
			SELECT n.insee_code, p.postal_code,
			       CASE WHEN n.postal_code = p.postal_code AND n.latitude IS NOT NULL THEN n.latitude ELSE p.latitude END AS latitude,
			       CASE WHEN n.postal_code = p.postal_code AND n.longitude IS NOT NULL THEN n.longitude ELSE p.longitude END AS longitude,
			       n.boost
			FROM (%s) n
			JOIN commune_postal_code p ON p.commune_insee_code = n.insee_code AND p.postal_code = :postal
			"""
		.formatted(NAME_HITS);

	private static final String POSTAL_CODE_HITS = """
			SELECT DISTINCT ON (p.commune_insee_code) p.commune_insee_code AS insee_code, p.postal_code,
			       p.latitude, p.longitude, 1 AS boost
			FROM commune_postal_code p WHERE p.postal_code LIKE :pattern
			ORDER BY p.commune_insee_code, p.postal_code
			""";

	private static final String INSEE_CODE_HIT = """
			SELECT c.insee_code, NULL::text AS postal_code, NULL::float8 AS latitude, NULL::float8 AS longitude, 1 AS boost
			FROM commune c WHERE c.insee_code = :inseeCode
			""";

	private static final String NEAREST_HITS = """
			SELECT c.insee_code, NULL::text AS postal_code, NULL::float8 AS latitude, NULL::float8 AS longitude,
			       earth_distance(ll_to_earth(:latitude, :longitude), ll_to_earth(c.latitude, c.longitude)) AS boost
			FROM commune c
			WHERE earth_box(ll_to_earth(:latitude, :longitude), :radius) @> ll_to_earth(c.latitude, c.longitude)
			""";

	private static final String BY_BOOSTED_POPULATION = "c.population * h.boost DESC";

	private static final String BY_SIMILARITY = "h.boost DESC, c.population DESC";

	private static final String BY_POPULATION = "c.population DESC";

	private static final String BY_DISTANCE = "h.boost";

	/** How far {@link #nearest} looks for a commune centre, in metres. */
	private static final double NEAREST_RADIUS_METRES = 50_000;

	private static final RowMapper<Place> PLACE = (rs, rowNum) -> new Place(rs.getString("insee_code"),
			rs.getString("name"), rs.getString("postal_code"), rs.getString("departement_code"),
			rs.getString("departement_name"), rs.getString("region_code"), rs.getString("region_name"),
			rs.getDouble("latitude"), rs.getDouble("longitude"), rs.getInt("population"));

	private final JdbcClient jdbc;

	PlaceFinder(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The place that best matches what was typed.
	 * @param query a commune name, a postal code, both, or a name and an arrondissement
	 * number; may be {@code null}
	 * @return the most likely commune, empty when nothing matches or the query is blank
	 */
	@Transactional(readOnly = true)
	public Optional<Place> find(String query) {
		return search(query, 1, false).stream().findFirst();
	}

	/**
	 * Places to suggest while someone types, best first, one per commune.
	 * @param query the beginning of a commune name or of a postal code; may be
	 * {@code null}
	 * @param limit the maximum number of places, at least 1
	 * @return up to {@code limit} places, empty when the query has fewer than two letters
	 * or digits or matches nothing
	 */
	@Transactional(readOnly = true)
	public List<Place> suggest(String query, int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be at least 1, was " + limit);
		}
		return search(query, limit, true);
	}

	/**
	 * A commune by its INSEE code (not its postal code): {@code 69123} is Lyon,
	 * {@code 2A004} Ajaccio.
	 * @param inseeCode the code from the Code officiel géographique; may be {@code null}
	 * @return the commune with its main postal code and its centre, empty if unknown
	 */
	@Transactional(readOnly = true)
	public Optional<Place> byInseeCode(String inseeCode) {
		if (inseeCode == null || inseeCode.isBlank()) {
			return Optional.empty();
		}
		return places(INSEE_CODE_HIT, BY_POPULATION, Map.of("inseeCode", inseeCode.strip().toUpperCase()), 1).stream()
			.findFirst();
	}

	/**
	 * The commune whose centre is the nearest to a point, such as the one a browser gave
	 * for "near me".
	 * @param latitude WGS 84 latitude, in degrees
	 * @param longitude WGS 84 longitude, in degrees
	 * @return the commune with the nearest centre within 50 km, empty when the point is
	 * farther from every commune (at sea, abroad)
	 */
	@Transactional(readOnly = true)
	public Optional<Place> nearest(double latitude, double longitude) {
		return places(NEAREST_HITS, BY_DISTANCE,
				Map.of("latitude", latitude, "longitude", longitude, "radius", NEAREST_RADIUS_METRES), 1)
			.stream()
			.findFirst();
	}

	private List<Place> search(String query, int limit, boolean partialPostalCodes) {
		if (query == null) {
			return List.of();
		}
		String text = (query.length() > MAX_QUERY_LENGTH) ? query.substring(0, MAX_QUERY_LENGTH) : query;
		Matcher postal = POSTAL_CODE.matcher(text);
		String postalCode = postal.find() ? postal.group(1) : null;
		String key = SearchKey.of((postalCode != null) ? postal.replaceFirst(" ") : text);
		if (postalCode == null && key.length() < 2) {
			return List.of();
		}
		if (postalCode != null && key.isEmpty()) {
			return places(POSTAL_CODE_HITS, BY_POPULATION, Map.of("pattern", postalCode), limit);
		}
		if (postalCode == null && partialPostalCodes && PARTIAL_POSTAL_CODE.matcher(key).matches()) {
			return places(POSTAL_CODE_HITS, BY_POPULATION, Map.of("pattern", key + "%"), limit);
		}
		Map<String, Object> name = Map.of("key", key, "pattern", prefixPattern(key));
		if (postalCode != null) {
			List<Place> both = places(NAME_AND_POSTAL_CODE_HITS, BY_BOOSTED_POPULATION,
					Map.of("key", key, "pattern", prefixPattern(key), "postal", postalCode), limit);
			return both.isEmpty() ? places(POSTAL_CODE_HITS, BY_POPULATION, Map.of("pattern", postalCode), limit)
					: both;
		}
		List<Place> places = places(NAME_HITS, BY_BOOSTED_POPULATION, name, limit);
		return places.isEmpty() ? places(SIMILAR_NAME_HITS, BY_SIMILARITY, Map.of("key", key), limit) : places;
	}

	/**
	 * A number ends a name only as a whole word: "paris 1" is the 1st arrondissement, not
	 * the 10th to the 19th, while "quimp" starts "quimper".
	 */
	private static String prefixPattern(String key) {
		return Character.isDigit(key.charAt(key.length() - 1)) ? key + " %" : key + "%";
	}

	private List<Place> places(String hits, String order, Map<String, ?> parameters, int limit) {
		return this.jdbc.sql(PLACE_COLUMNS.formatted(hits, order))
			.params(parameters)
			.param("limit", limit)
			.query(PLACE)
			.list();
	}

}
