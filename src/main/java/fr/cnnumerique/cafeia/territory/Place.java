package fr.cnnumerique.cafeia.territory;

/**
 * A commune as found from what someone typed, with the centre to measure distances from.
 * When the search named an arrondissement of Paris, Lyon or Marseille ("Lyon 3", "69003")
 * or a delegated former commune, the place is still the current commune (its INSEE code
 * and name), but the postal code and the centre are those of the part that was named.
 *
 * @param inseeCode INSEE code of the current commune, such as {@code 69123} for Lyon
 * @param name official name with its article, such as {@code La Rochelle}
 * @param postalCode the postal code searched for, or the commune's main (lowest) one
 * @param departementCode département code, such as {@code 69}, {@code 2A} or {@code 972}
 * @param departementName département name
 * @param regionCode région code (INSEE), such as {@code 84}
 * @param regionName région name
 * @param latitude WGS 84 latitude of the centre, in degrees
 * @param longitude WGS 84 longitude of the centre, in degrees
 * @param population municipal population of the commune (INSEE, 2021)
 */
public record Place(String inseeCode, String name, String postalCode, String departementCode, String departementName,
		String regionCode, String regionName, double latitude, double longitude, int population) {

	/**
	 * The way to show the place in a list, unambiguous between namesakes.
	 * @return the name followed by the postal code, such as {@code Lyon (69003)}
	 */
	public String label() {
		return this.name + " (" + this.postalCode + ")";
	}

	/**
	 * The distance between the centres of this place and another point.
	 * @param latitude WGS 84 latitude, in degrees
	 * @param longitude WGS 84 longitude, in degrees
	 * @return the great-circle distance in kilometres
	 */
	public double distanceKmTo(double latitude, double longitude) {
		return Distances.haversineKm(this.latitude, this.longitude, latitude, longitude);
	}

}
