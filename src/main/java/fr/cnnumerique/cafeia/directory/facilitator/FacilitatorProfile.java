package fr.cnnumerique.cafeia.directory.facilitator;

import fr.cnnumerique.cafeia.directory.FacilitatorDirectory;

/**
 * A facilitator's own profile as they last saved it, with where it stands publicly.
 *
 * @param id profile id
 * @param accountId owner
 * @param content the draft
 * @param optedIn whether the facilitator wants a public page
 * @param suspended whether the owner's account is suspended
 * @param published whether an approved version is public now
 * @param version optimistic-lock version
 */
record FacilitatorProfile(long id, long accountId, ProfileContent content, boolean optedIn, boolean suspended,
		boolean published, long version) {

	static final String CONTENT_TYPE = "facilitator";

	String contentId() {
		return Long.toString(this.id);
	}

	public String path() {
		return "/annuaire/animateurs/" + this.id + "-" + FacilitatorDirectory.slug(this.content.name());
	}

}
