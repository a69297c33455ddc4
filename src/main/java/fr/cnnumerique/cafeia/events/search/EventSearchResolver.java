package fr.cnnumerique.cafeia.events.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.cnnumerique.cafeia.events.EventFormat;
import fr.cnnumerique.cafeia.taxonomy.Taxonomies;
import fr.cnnumerique.cafeia.taxonomy.Vocabulary;
import fr.cnnumerique.cafeia.territory.Place;
import fr.cnnumerique.cafeia.territory.PlaceFinder;

import org.springframework.stereotype.Component;

/**
 * Checks the parameters of a search and turns them into an {@link EventFilter}: the place
 * through {@link PlaceFinder}, the radius among {@link EventSearchParams#RADII}, the
 * dates as {@code yyyy-MM-dd} in order, the format, audience and theme among known codes.
 */
@Component
public class EventSearchResolver {

	/** Format codes used in URLs. */
	public static final Map<String, EventFormat> FORMATS = Map.of("presentiel", EventFormat.IN_PERSON, "en-ligne",
			EventFormat.ONLINE, "hybride", EventFormat.HYBRID);

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private final PlaceFinder places;

	private final Taxonomies taxonomies;

	EventSearchResolver(PlaceFinder places, Taxonomies taxonomies) {
		this.places = places;
		this.taxonomies = taxonomies;
	}

	/**
	 * A checked search.
	 *
	 * @param params the parameters as typed
	 * @param filter the criteria; meaningful only without {@code errors}
	 * @param place the commune searched around: the one named, or the nearest to the
	 * browser's position; {@code null} otherwise
	 * @param errors message keys by parameter name, for what could not be understood
	 * @param suggestions communes close to an unknown {@code lieu}
	 */
	public record ResolvedSearch(EventSearchParams params, EventFilter filter, Place place, Map<String, String> errors,
			List<Place> suggestions) {

		/**
		 * Whether every parameter was understood.
		 * @return {@code true} without errors
		 */
		public boolean valid() {
			return this.errors.isEmpty();
		}

	}

	/**
	 * Checks a search.
	 * @param params the parameters as typed
	 * @return the checked search, with errors for what could not be understood
	 */
	public ResolvedSearch resolve(EventSearchParams params) {
		Map<String, String> errors = new LinkedHashMap<>();
		List<Place> suggestions = List.of();
		Place place = null;
		Double latitude = null;
		Double longitude = null;
		if (params.lieu() != null) {
			Optional<Place> found = this.places.find(params.lieu());
			if (found.isPresent()) {
				place = found.get();
				latitude = place.latitude();
				longitude = place.longitude();
			}
			else {
				errors.put("lieu", "events.search.error.place");
				suggestions = this.places.suggest(params.lieu(), 5);
			}
		}
		else if (params.lat() != null || params.lon() != null) {
			Double lat = coordinate(params.lat(), 90);
			Double lon = coordinate(params.lon(), 180);
			if (lat == null || lon == null) {
				errors.put("lieu", "events.search.error.position");
			}
			else {
				latitude = lat;
				longitude = lon;
				place = this.places.nearest(lat, lon).orElse(null);
			}
		}
		int radius = EventSearchParams.DEFAULT_RADIUS;
		if (params.rayon() != null) {
			Integer km = integer(params.rayon());
			if (km == null || !EventSearchParams.RADII.contains(km)) {
				errors.put("rayon", "events.search.error.radius");
			}
			else {
				radius = km;
			}
		}
		LocalDate from = date(params.du(), "du", errors);
		LocalDate to = date(params.au(), "au", errors);
		if (from != null && to != null && to.isBefore(from)) {
			errors.put("au", "events.search.error.dates-order");
		}
		EventFormat format = null;
		if (params.format() != null) {
			format = FORMATS.get(params.format());
			if (format == null) {
				errors.put("format", "events.search.error.format");
			}
		}
		String audience = code(Vocabulary.AUDIENCE, params.audience(), "public", errors);
		String theme = code(Vocabulary.THEME, params.theme(), "theme", errors);
		String text = params.q();
		if (text != null && text.length() > 100) {
			errors.put("q", "events.search.error.text");
		}
		EventFilter filter = new EventFilter(text, latitude, longitude, radius, from, to, format, audience, theme);
		return new ResolvedSearch(params, filter, place, errors, suggestions);
	}

	private String code(Vocabulary vocabulary, String code, String name, Map<String, String> errors) {
		if (code == null) {
			return null;
		}
		if (this.taxonomies.find(vocabulary, code).isEmpty()) {
			errors.put(name, "events.search.error." + name);
			return null;
		}
		return code;
	}

	private static LocalDate date(String text, String name, Map<String, String> errors) {
		if (text == null) {
			return null;
		}
		try {
			// date inputs send 2027-03-15; people whose browser shows a text box type
			// 15/03/2027
			LocalDate date = text.contains("/") ? LocalDate.parse(text, FRENCH_DATE) : LocalDate.parse(text);
			if (date.getYear() < 2000 || date.getYear() > 2100) {
				errors.put(name, "events.search.error.date");
				return null;
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			errors.put(name, "events.search.error.date");
			return null;
		}
	}

	private static Double coordinate(String text, double max) {
		if (text == null) {
			return null;
		}
		try {
			double value = Double.parseDouble(text);
			return (Double.isFinite(value) && Math.abs(value) <= max) ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Integer integer(String text) {
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
