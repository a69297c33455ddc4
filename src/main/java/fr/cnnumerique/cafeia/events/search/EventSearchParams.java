package fr.cnnumerique.cafeia.events.search;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The query parameters of {@code /cafes} and of the feeds, as typed, before checking:
 * {@code q, lieu, lat, lon, rayon, du, au, format, public, theme}. Links to other pages
 * of results or to the feeds are built from them, so a search can be shared and
 * bookmarked.
 *
 * @param q words
 * @param lieu commune name or postal code
 * @param lat latitude from the browser's geolocation
 * @param lon longitude from the browser's geolocation
 * @param rayon radius in km
 * @param du first day, {@code yyyy-MM-dd}
 * @param au last day, {@code yyyy-MM-dd}
 * @param format {@code presentiel}, {@code en-ligne} or {@code hybride}
 * @param audience audience code (parameter {@code public})
 * @param theme theme code
 */
public record EventSearchParams(String q, String lieu, String lat, String lon, String rayon, String du, String au,
		String format, String audience, String theme) {

	/** The radii offered, in km. */
	public static final List<Integer> RADII = List.of(5, 10, 30, 50, 100);

	/** The radius when none is given, in km. */
	public static final int DEFAULT_RADIUS = 30;

	/** No parameter at all. */
	public static final EventSearchParams NONE = new EventSearchParams(null, null, null, null, null, null, null, null,
			null, null);

	/**
	 * Reads the parameters of a request; blank values count as absent, values are
	 * trimmed.
	 * @param query the request's parameters
	 * @return the parameters
	 */
	public static EventSearchParams from(Map<String, String> query) {
		return new EventSearchParams(value(query, "q"), value(query, "lieu"), value(query, "lat"), value(query, "lon"),
				value(query, "rayon"), value(query, "du"), value(query, "au"), value(query, "format"),
				value(query, "public"), value(query, "theme"));
	}

	/**
	 * The parameters as they appear in a URL, absent ones left out, in a stable order.
	 * @return parameter names and values
	 */
	public Map<String, String> asMap() {
		Map<String, String> map = new LinkedHashMap<>();
		put(map, "q", this.q);
		put(map, "lieu", this.lieu);
		put(map, "lat", this.lat);
		put(map, "lon", this.lon);
		put(map, "rayon", this.rayon);
		put(map, "du", this.du);
		put(map, "au", this.au);
		put(map, "format", this.format);
		put(map, "public", this.audience);
		put(map, "theme", this.theme);
		return map;
	}

	/**
	 * A link to a path with these parameters, such as the next page or a feed.
	 * @param path an absolute path such as {@code /cafes.ics}
	 * @return the path with its encoded query string
	 */
	public String link(String path) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		asMap().forEach(builder::queryParam);
		return builder.encode().build().toUriString();
	}

	/**
	 * The same parameters with another radius.
	 * @param km the radius
	 * @return new parameters
	 */
	public EventSearchParams withRadius(int km) {
		return new EventSearchParams(this.q, this.lieu, this.lat, this.lon, String.valueOf(km), this.du, this.au,
				this.format, this.audience, this.theme);
	}

	/**
	 * The same parameters without any place, for the online cafés.
	 * @return new parameters
	 */
	public EventSearchParams withoutPlace() {
		return new EventSearchParams(this.q, null, null, null, null, this.du, this.au, this.format, this.audience,
				this.theme);
	}

	/**
	 * The same parameters around another commune, as when a visitor picks a suggestion.
	 * @param place a commune name or postal code
	 * @return new parameters, without the browser's position
	 */
	public EventSearchParams withLieu(String place) {
		return new EventSearchParams(this.q, place, null, null, this.rayon, this.du, this.au, this.format,
				this.audience, this.theme);
	}

	/**
	 * The same parameters without some of them, such as those that could not be
	 * understood.
	 * @param names parameter names as in the URL ({@code public} for the audience)
	 * @return new parameters
	 */
	public EventSearchParams without(Collection<String> names) {
		Map<String, String> kept = new LinkedHashMap<>(asMap());
		kept.keySet().removeAll(names);
		return from(kept);
	}

	private static void put(Map<String, String> map, String name, String value) {
		if (value != null) {
			map.put(name, value);
		}
	}

	private static String value(Map<String, String> query, String name) {
		String value = query.get(name);
		if (value == null || value.isBlank()) {
			return null;
		}
		value = value.strip();
		return (value.length() > 200) ? value.substring(0, 200) : value;
	}

}
