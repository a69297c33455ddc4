package fr.cnnumerique.cafeia.territory;

import java.time.Duration;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Commune suggestions for the place fields of the site ({@code data-suggest} inputs,
 * enhanced by {@code /js/commune-suggest.js}). The reference data changes once a year, so
 * answers are public and cacheable by browsers and proxies.
 */
@RestController
class CommuneSuggestionController {

	static final int MAX_SUGGESTIONS = 10;

	static final int MIN_QUERY_LENGTH = 2;

	private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

	private final PlaceFinder places;

	CommuneSuggestionController(PlaceFinder places) {
		this.places = places;
	}

	@GetMapping(path = "/territoires/communes", produces = "application/json")
	ResponseEntity<List<CommuneSuggestion>> list(@RequestParam(name = "q", defaultValue = "") String query) {
		List<CommuneSuggestion> suggestions = (query.strip().length() < MIN_QUERY_LENGTH) ? List.of()
				: this.places.suggest(query, MAX_SUGGESTIONS).stream().map(CommuneSuggestion::of).toList();
		return ResponseEntity.ok().cacheControl(CACHE).body(suggestions);
	}

	/**
	 * One suggestion as JSON.
	 *
	 * @param label what the list shows and the field receives, such as "Lyon (69003)"
	 * @param name commune name
	 * @param postalCode postal code
	 * @param inseeCode INSEE code of the commune
	 * @param departementCode département code
	 * @param departement département name
	 * @param lat latitude of the centre
	 * @param lng longitude of the centre
	 */
	record CommuneSuggestion(String label, String name, String postalCode, String inseeCode, String departementCode,
			String departement, double lat, double lng) {

		static CommuneSuggestion of(Place place) {
			return new CommuneSuggestion(place.label(), place.name(), place.postalCode(), place.inseeCode(),
					place.departementCode(), place.departementName(), place.latitude(), place.longitude());
		}

	}

}
