package fr.cnnumerique.cafeia.directory.venue;

import java.util.Map;
import java.util.Optional;

/**
 * A {@code bbox} parameter as RFC 7946 orders it: west, south, east, north, in degrees.
 */
record BoundingBox(double minLng, double minLat, double maxLng, double maxLat) {

	/**
	 * Parses {@code minLng,minLat,maxLng,maxLat}.
	 * @return the box, empty when the text is not four numbers in range with the minimums
	 * below the maximums
	 */
	static Optional<BoundingBox> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String[] parts = text.split(",");
		if (parts.length != 4) {
			return Optional.empty();
		}
		double[] values = new double[4];
		for (int i = 0; i < 4; i++) {
			try {
				values[i] = Double.parseDouble(parts[i].strip());
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
			if (!Double.isFinite(values[i])) {
				return Optional.empty();
			}
		}
		BoundingBox box = new BoundingBox(values[0], values[1], values[2], values[3]);
		boolean valid = box.minLng >= -180 && box.maxLng <= 180 && box.minLat >= -90 && box.maxLat <= 90
				&& box.minLng < box.maxLng && box.minLat < box.maxLat;
		return valid ? Optional.of(box) : Optional.empty();
	}

	Map<String, Object> params() {
		return Map.of("minLng", this.minLng, "minLat", this.minLat, "maxLng", this.maxLng, "maxLat", this.maxLat);
	}

}
