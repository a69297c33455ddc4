package fr.cnnumerique.cafeia.directory.facilitator;

import fr.cnnumerique.cafeia.directory.FacilitatorDirectory;

/**
 * The approved version of a public profile, for its public page and result lists.
 *
 * @param id profile id
 * @param accountId owner, to relay contact messages
 * @param content the approved fields
 * @param distanceKm distance from the searched place, {@code null} without a place
 */
record PublishedProfile(long id, long accountId, ProfileContent content, Double distanceKm) {

	public String slug() {
		return FacilitatorDirectory.slug(this.content.name());
	}

	public String path() {
		return "/annuaire/animateurs/" + this.id + "-" + slug();
	}

}
