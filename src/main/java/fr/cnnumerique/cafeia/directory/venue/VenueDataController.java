package fr.cnnumerique.cafeia.directory.venue;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import fr.cnnumerique.cafeia.directory.VenueSummary;
import fr.cnnumerique.cafeia.shared.BoundingBox;
import fr.cnnumerique.cafeia.shared.MapGrid;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published venues as open data (Licence Ouverte 2.0): GeoJSON (RFC 7946) for the map and
 * for reuse, and CSV following the national schema of digital inclusion places
 * (<em>Schéma des lieux de médiation numérique</em> v1.0.2). Nothing personal is
 * exported: the {@code courriels} column stays empty.
 */
@RestController
class VenueDataController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final List<String> CSV_COLUMNS = List.of("id", "pivot", "nom", "commune", "code_postal", "code_insee",
			"adresse", "latitude", "longitude", "typologie", "courriels", "site_web", "horaires", "presentation_resume",
			"source", "date_maj", "modalites_acces");

	static final String NO_SIRET = "00000000000000";

	static final String SOURCE = "Café IA";

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final VenueQueries queries;

	VenueDataController(VenueQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/annuaire/lieux.geojson")
	ResponseEntity<Map<String, Object>> geojson(@RequestParam(required = false) String bbox,
			@RequestParam(required = false) String zoom) {
		if (bbox == null && zoom == null) {
			return geo(MapGrid
				.featureCollection(this.queries.points(null).stream().map(VenueDataController::point).toList()));
		}
		Optional<BoundingBox> box = BoundingBox.parse(bbox);
		if (box.isEmpty()) {
			return badRequest("bbox must be minLng,minLat,maxLng,maxLat in degrees, minimums below maximums");
		}
		OptionalInt level = MapGrid.zoom(zoom);
		if (level.isEmpty()) {
			return badRequest("zoom must be an integer from 0 to 22");
		}
		if (!MapGrid.clusters(level.getAsInt())) {
			return geo(MapGrid
				.featureCollection(this.queries.points(box.get()).stream().map(VenueDataController::point).toList()));
		}
		return geo(MapGrid.featureCollection(MapGrid.clusterFeatures(
				this.queries.clusters(box.get(), MapGrid.cellDegrees(level.getAsInt())), level.getAsInt())));
	}

	@GetMapping("/annuaire/lieux.csv")
	ResponseEntity<String> csv() {
		StringBuilder csv = new StringBuilder();
		row(csv, CSV_COLUMNS);
		for (VenueDraft venue : this.queries.allPublished()) {
			row(csv, List.of(Long.toString(venue.id()), (venue.siret() != null) ? venue.siret() : NO_SIRET,
					venue.name(), venue.communeName(), venue.postalCode(), venue.inseeCode(), venue.street(),
					Double.toString(venue.latitude()), Double.toString(venue.longitude()),
					VenueType.typologyOf(venue.type()), "", text(venue.website()), text(venue.openingHours()),
					text(venue.description()), SOURCE, venue.updatedAt().atZone(PARIS).toLocalDate().toString(), ""));
		}
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"lieux-cafe-ia.csv\"")
			.cacheControl(CacheControl.noCache())
			.body(csv.toString());
	}

	private static Map<String, Object> point(VenueSummary venue) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("id", venue.id());
		properties.put("name", venue.name());
		properties.put("url", venue.publicPath());
		properties.put("type", venue.type());
		return MapGrid.pointFeature(venue.longitude(), venue.latitude(), properties);
	}

	private static ResponseEntity<Map<String, Object>> geo(Map<String, Object> body) {
		return ResponseEntity.ok().contentType(MapGrid.GEO_JSON).body(body);
	}

	private static ResponseEntity<Map<String, Object>> badRequest(String message) {
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
	}

	private static String text(String value) {
		return (value != null) ? value.replaceAll("\\s*\\R\\s*", " ") : "";
	}

	/**
	 * One RFC 4180 record: fields quoted when they hold a comma, a quote or a line break.
	 */
	static void row(StringBuilder csv, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			String field = fields.get(i);
			if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
				csv.append('"').append(field.replace("\"", "\"\"")).append('"');
			}
			else {
				csv.append(field);
			}
		}
		csv.append("\r\n");
	}

}
