package fr.cnnumerique.cafeia.directory;

/**
 * A facilitator as the public directory shows them: the last approved version of an
 * opted-in profile whose account is not suspended. Never holds an e-mail address or a
 * phone number; reach the facilitator through the contact relay at
 * {@link #contactPath()}.
 *
 * @param id profile id
 * @param accountId the facilitator's account id
 * @param name public name
 * @param slug the name as a URL segment
 * @param communeName commune name
 * @param postalCode postal code of the commune
 * @param latitude WGS 84 latitude of the commune centre
 * @param longitude WGS 84 longitude of the commune centre
 * @param distanceKm distance from the searched point in kilometres, {@code null} when no
 * point was given
 * @param lookingForVenue whether the facilitator is looking for a venue
 * @param travelKm how far the facilitator is willing to travel, in kilometres
 */
public record FacilitatorSummary(long id, long accountId, String name, String slug, String communeName,
		String postalCode, double latitude, double longitude, Double distanceKm, boolean lookingForVenue,
		int travelKm) {

	/**
	 * The public page of the profile.
	 * @return an absolute path such as {@code /annuaire/animateurs/12-camille-martin}
	 */
	public String path() {
		return "/annuaire/animateurs/" + this.id + "-" + this.slug;
	}

	/**
	 * The contact relay form of the profile.
	 * @return an absolute path ending in {@code /contact}
	 */
	public String contactPath() {
		return path() + "/contact";
	}

}
