package fr.cnnumerique.cafeia.resources.library;

import java.time.Instant;
import java.util.List;

import fr.cnnumerique.cafeia.resources.PublishedItem;
import fr.cnnumerique.cafeia.shared.Markdown;

/**
 * A library item's fields, as stored in the draft ({@code library_item}) or in the last
 * approved version ({@code library_item_published}); blank optional text is {@code null}.
 *
 * @param id the item id, 0 before it is stored
 * @param licence the licence code ({@link Licence})
 * @param licenceTerms the operator's specific terms, for {@code operator} only
 * @param licenceUrl the address of the operator's specific terms, for {@code operator}
 * only
 * @param noDerivatives whether the operator's terms forbid adaptations
 * @param adaptedFrom the item this one derives from, or {@code null}
 * @param moderationState where the draft stands; {@code PUBLISHED} for a public version
 * @param version the draft's optimistic-lock version
 */
record LibraryItem(long id, String title, String summary, String description, String kind, List<String> themes,
		List<String> audiences, Integer durationMinutes, String level, String language, String authors,
		String organisation, String externalUrl, String licence, String licenceTerms, String licenceUrl,
		boolean noDerivatives, Long adaptedFrom, String moderationState, long createdBy, long downloads,
		Instant updatedAt, long version) {

	public String slug() {
		return PublishedItem.slug(this.title);
	}

	public String publicPath() {
		return "/ressources/" + this.id + "-" + slug();
	}

	public String descriptionHtml() {
		return Markdown.toSafeHtml(this.description);
	}

	/** The address of the licence's text: the licence's own, or the operator's. */
	public String licenceLink() {
		return Licence.of(this.licence).map(Licence::url).orElse(this.licenceUrl);
	}

	/** Whether an adaptation of this item needs the author's permission. */
	public boolean forbidsDerivatives() {
		return Licence.OPERATOR.code().equals(this.licence) && this.noDerivatives;
	}

	public boolean isLink() {
		return this.externalUrl != null;
	}

	/**
	 * Every public field as one line of plain text, for the moderators' line differences.
	 */
	String versionText(int fileVersion, String fileNames) {
		StringBuilder text = new StringBuilder();
		line(text, "Titre", this.title);
		line(text, "Résumé", this.summary);
		line(text, "Type", this.kind);
		line(text, "Thématiques", String.join(", ", this.themes));
		line(text, "Publics", String.join(", ", this.audiences));
		line(text, "Durée (minutes)", (this.durationMinutes != null) ? this.durationMinutes.toString() : null);
		line(text, "Niveau", this.level);
		line(text, "Langue", this.language);
		line(text, "Auteurs", this.authors);
		line(text, "Organisation", this.organisation);
		line(text, "Lien", this.externalUrl);
		line(text, "Licence", this.licence);
		line(text, "Conditions", this.licenceTerms);
		line(text, "Adresse des conditions", this.licenceUrl);
		line(text, "Adapté de", (this.adaptedFrom != null) ? this.adaptedFrom.toString() : null);
		line(text, "Version des fichiers", (fileVersion > 0) ? fileVersion + " : " + fileNames : null);
		text.append("Description :\n").append((this.description != null) ? this.description : "").append('\n');
		return text.toString();
	}

	private static void line(StringBuilder text, String label, String value) {
		text.append(label).append(" : ").append((value != null) ? value : "").append('\n');
	}

}
