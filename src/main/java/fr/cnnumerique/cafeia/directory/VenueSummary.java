package fr.cnnumerique.cafeia.directory;

/**
 * What other modules and views may read of a venue: its last approved version for public
 * look-ups, its draft for its managers ({@link VenueDirectory#managedBy}). Holds nothing
 * personal.
 *
 * @param id the venue id
 * @param name the venue's name
 * @param slug the name as a URL segment, such as {@code mediatheque-de-la-part-dieu}
 * @param type type code: {@code mediatheque}, {@code tiers-lieu}, {@code cafe-bar},
 * {@code association}, {@code etablissement-scolaire}, {@code mairie}, {@code entreprise}
 * or {@code autre}
 * @param street street address (number and street)
 * @param postalCode five-digit postal code
 * @param inseeCode INSEE code of the commune
 * @param communeName name of the commune
 * @param latitude WGS 84 latitude, in degrees
 * @param longitude WGS 84 longitude, in degrees
 * @param distanceKm distance from the point searched around, in kilometres; {@code null}
 * when the look-up was not around a point
 * @param readyToHost whether the venue says it is ready to host cafés IA
 */
public record VenueSummary(long id, String name, String slug, String type, String street, String postalCode,
		String inseeCode, String communeName, double latitude, double longitude, Double distanceKm,
		boolean readyToHost) {

	/**
	 * The public page of the venue.
	 * @return an absolute path such as {@code /annuaire/lieux/12-mediatheque-de-lyon}
	 */
	public String publicPath() {
		return "/annuaire/lieux/" + this.id + "-" + this.slug;
	}

	/**
	 * The contact relay form of the venue, which mails its managers.
	 * @return an absolute path ending in {@code /contact}
	 */
	public String contactPath() {
		return publicPath() + "/contact";
	}

}
