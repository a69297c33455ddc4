package fr.cnnumerique.cafeia.directory.venue;

import java.util.List;

/**
 * Rough bounding boxes of metropolitan France (with Corsica) and of the overseas
 * départements and collectivities: enough to catch swapped or mistyped coordinates.
 */
final class FranceBounds {

	private record Box(double minLat, double maxLat, double minLng, double maxLng) {

		boolean contains(double lat, double lng) {
			return lat >= this.minLat && lat <= this.maxLat && lng >= this.minLng && lng <= this.maxLng;
		}

	}

	private static final List<Box> BOXES = List.of(new Box(41.2, 51.2, -5.3, 9.7), // metropolitan
																					// France
			new Box(15.8, 16.6, -61.9, -60.9), // Guadeloupe
			new Box(14.3, 14.95, -61.3, -60.7), // Martinique
			new Box(2.1, 5.8, -54.7, -51.5), // Guyane
			new Box(-21.45, -20.85, 55.2, 55.9), // La Réunion
			new Box(-13.1, -12.6, 44.9, 45.35), // Mayotte
			new Box(46.7, 47.2, -56.5, -56.1), // Saint-Pierre-et-Miquelon
			new Box(17.85, 18.15, -63.2, -62.75), // Saint-Martin, Saint-Barthélemy
			new Box(-22.8, -19.5, 163.5, 168.2), // Nouvelle-Calédonie
			new Box(-28.0, -7.8, -155.0, -134.0), // Polynésie française
			new Box(-14.4, -13.1, -178.3, -176.1)); // Wallis-et-Futuna

	private FranceBounds() {
	}

	static boolean contains(double latitude, double longitude) {
		return BOXES.stream().anyMatch((box) -> box.contains(latitude, longitude));
	}

}
