package fr.cnnumerique.cafeia.events.search;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import fr.cnnumerique.cafeia.events.EventSummary;
import fr.cnnumerique.cafeia.events.search.EventSearchResolver.ResolvedSearch;
import fr.cnnumerique.cafeia.shared.BoundingBox;
import fr.cnnumerique.cafeia.shared.MapGrid;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The map's data, {@code /cafes.geojson} (RFC 7946), with the filters of the list. With
 * {@code bbox} and {@code zoom}: clusters counting the cafés of each cell of a grid below
 * zoom {@value MapGrid#CLUSTER_BELOW_ZOOM}, the cafés themselves above. Without: every
 * matching upcoming café. Online cafés have no position and are left out; the list shows
 * them. The ETag is a hash of the body, as places left change without the cafés changing.
 */
@RestController
class EventMapController {

	private final EventSearchResolver resolver;

	private final EventFeedQueries queries;

	private final MessageSource messages;

	private final JsonMapper json;

	EventMapController(EventSearchResolver resolver, EventFeedQueries queries, MessageSource messages,
			JsonMapper json) {
		this.resolver = resolver;
		this.queries = queries;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/cafes.geojson")
	ResponseEntity<?> geojson(@RequestParam Map<String, String> query, Locale locale) {
		ResolvedSearch search = this.resolver.resolve(EventSearchParams.from(query));
		Map<String, String> errors = new LinkedHashMap<>(search.errors());
		String bbox = query.get("bbox");
		String zoom = query.get("zoom");
		boolean whole = bbox == null && zoom == null;
		Optional<BoundingBox> box = BoundingBox.parse(bbox);
		OptionalInt level = MapGrid.zoom(zoom);
		if (!whole && box.isEmpty()) {
			errors.put("bbox", "events.search.error.bbox");
		}
		if (!whole && level.isEmpty()) {
			errors.put("zoom", "events.search.error.zoom");
		}
		if (!errors.isEmpty()) {
			return FeedResponses.badRequest(errors, this.messages, locale);
		}
		Instant now = Instant.now();
		Map<String, Object> body;
		if (!whole && MapGrid.clusters(level.getAsInt())) {
			body = MapGrid.featureCollection(MapGrid.clusterFeatures(
					this.queries.clusters(search.filter(), now, box.get(), MapGrid.cellDegrees(level.getAsInt())),
					level.getAsInt()));
		}
		else {
			body = MapGrid.featureCollection(this.queries.points(search.filter(), now, box.orElse(null))
				.stream()
				.map(EventMapController::point)
				.toList());
		}
		byte[] bytes = this.json.writeValueAsBytes(body);
		return ResponseEntity.ok()
			.contentType(MapGrid.GEO_JSON)
			.cacheControl(FeedResponses.CACHE)
			.eTag(FeedResponses.etag(bytes))
			.body(bytes);
	}

	private static Map<String, Object> point(EventListing listing) {
		EventSummary event = listing.event();
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("id", event.id());
		properties.put("title", event.title());
		properties.put("start",
				DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.startsAt().truncatedTo(ChronoUnit.SECONDS)));
		properties.put("url", event.publicPath());
		properties.put("venue", event.venueName());
		properties.put("commune", event.communeName());
		properties.put("format", CafeTable.FORMATS.get(event.format()));
		properties.put("status", CafeTable.STATUSES.get(event.status()));
		properties.put("placesLeft", listing.placesLeft());
		return MapGrid.pointFeature(event.longitude(), event.latitude(), properties);
	}

}
