package fr.cnnumerique.cafeia.shared;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code bbox} parameter as RFC 7946 orders it: west, south, east, north, in degrees.
 *
 * @param minLng western longitude
 * @param minLat southern latitude
 * @param maxLng eastern longitude
 * @param maxLat northern latitude
 */
public record BoundingBox(double minLng, double minLat, double maxLng, double maxLat) {

	/**
	 * Parses {@code minLng,minLat,maxLng,maxLat}.
	 * @param text the parameter, may be {@code null}
	 * @return the box, empty when the text is not four numbers in range with the minimums
	 * below the maximums
	 */
	public static Optional<BoundingBox> parse(String text) {
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

	/**
	 * The box as named SQL parameters, for {@link MapGrid#withinBox}.
	 * @return {@code minLng}, {@code minLat}, {@code maxLng} and {@code maxLat}
	 */
	public Map<String, Object> params() {
		return Map.of("minLng", this.minLng, "minLat", this.minLat, "maxLng", this.maxLng, "maxLat", this.maxLat);
	}

	/**
	 * The box as an RFC 7946 {@code bbox} member.
	 * @return west, south, east, north
	 */
	public List<Double> asList() {
		return List.of(this.minLng, this.minLat, this.maxLng, this.maxLat);
	}

}
