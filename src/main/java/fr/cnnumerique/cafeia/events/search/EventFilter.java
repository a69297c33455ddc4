package fr.cnnumerique.cafeia.events.search;

import java.time.LocalDate;

import fr.cnnumerique.cafeia.events.EventFormat;

/**
 * Checked criteria of the public list and the feeds; {@code null} for "any".
 *
 * @param text words to find in titles, summaries, descriptions, venues and communes
 * @param latitude latitude of the centre of the search, with {@code longitude}
 * @param longitude longitude of the centre of the search, with {@code latitude}
 * @param radiusKm radius around the centre, one of {@link EventSearchParams#RADII}
 * @param from first day, in Europe/Paris
 * @param to last day, in Europe/Paris
 * @param format in person, online or hybrid
 * @param audience audience code (taxonomy)
 * @param theme theme code (taxonomy)
 */
public record EventFilter(String text, Double latitude, Double longitude, int radiusKm, LocalDate from, LocalDate to,
		EventFormat format, String audience, String theme) {

	/** No criteria: every upcoming café. */
	public static final EventFilter NONE = new EventFilter(null, null, null, EventSearchParams.DEFAULT_RADIUS, null,
			null, null, null, null);

	/**
	 * Whether the search is around a point.
	 * @return {@code true} when a centre is set
	 */
	public boolean near() {
		return this.latitude != null && this.longitude != null;
	}

	/**
	 * The same criteria with another radius.
	 * @param km the radius
	 * @return a new filter
	 */
	public EventFilter withRadius(int km) {
		return new EventFilter(this.text, this.latitude, this.longitude, km, this.from, this.to, this.format,
				this.audience, this.theme);
	}

}
