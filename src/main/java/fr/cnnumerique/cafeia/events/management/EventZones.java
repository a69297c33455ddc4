package fr.cnnumerique.cafeia.events.management;

import java.time.ZoneId;
import java.util.Map;

/**
 * The time zone cafés are entered and shown in: Europe/Paris, or the zone of an overseas
 * département or collectivité when the venue is there.
 */
public final class EventZones {

	/** Metropolitan France, and online cafés. */
	public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final Map<String, ZoneId> OVERSEAS = Map.ofEntries(Map.entry("971", ZoneId.of("America/Guadeloupe")),
			Map.entry("972", ZoneId.of("America/Martinique")), Map.entry("973", ZoneId.of("America/Cayenne")),
			Map.entry("974", ZoneId.of("Indian/Reunion")), Map.entry("975", ZoneId.of("America/Miquelon")),
			Map.entry("976", ZoneId.of("Indian/Mayotte")), Map.entry("977", ZoneId.of("America/St_Barthelemy")),
			Map.entry("978", ZoneId.of("America/Marigot")), Map.entry("986", ZoneId.of("Pacific/Wallis")),
			Map.entry("987", ZoneId.of("Pacific/Tahiti")), Map.entry("988", ZoneId.of("Pacific/Noumea")));

	private EventZones() {
	}

	/**
	 * The zone of a département.
	 * @param departementCode a département code such as {@code 29} or {@code 974}, or
	 * {@code null} for an online café
	 * @return the overseas zone, Europe/Paris otherwise
	 */
	public static ZoneId of(String departementCode) {
		return (departementCode != null) ? OVERSEAS.getOrDefault(departementCode, PARIS) : PARIS;
	}

}
