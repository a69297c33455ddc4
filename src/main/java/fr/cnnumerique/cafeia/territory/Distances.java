package fr.cnnumerique.cafeia.territory;

/**
 * Great-circle distances between WGS 84 points, on a sphere of the Earth's mean radius:
 * good to a few hundred metres in France, which is what "cafés within 20 km" needs.
 */
public final class Distances {

	/** Mean Earth radius in kilometres (IUGG). */
	public static final double EARTH_RADIUS_KM = 6371.0088;

	private Distances() {
	}

	/**
	 * The haversine distance between two points.
	 * @param latitude1 latitude of the first point, in degrees
	 * @param longitude1 longitude of the first point, in degrees
	 * @param latitude2 latitude of the second point, in degrees
	 * @param longitude2 longitude of the second point, in degrees
	 * @return the distance in kilometres, never negative
	 */
	public static double haversineKm(double latitude1, double longitude1, double latitude2, double longitude2) {
		double dLatitude = Math.toRadians(latitude2 - latitude1);
		double dLongitude = Math.toRadians(longitude2 - longitude1);
		double a = Math.pow(Math.sin(dLatitude / 2), 2) + Math.cos(Math.toRadians(latitude1))
				* Math.cos(Math.toRadians(latitude2)) * Math.pow(Math.sin(dLongitude / 2), 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	/**
	 * The haversine distance between the centres of two places.
	 * @param from a place
	 * @param to another place
	 * @return the distance in kilometres
	 */
	public static double haversineKm(Place from, Place to) {
		return haversineKm(from.latitude(), from.longitude(), to.latitude(), to.longitude());
	}

}
