package fr.cnnumerique.cafeia.directory.venue;

import java.time.Instant;

/**
 * A venue's fields, as stored in the draft ({@code venue}) or in the last approved
 * version ({@code venue_published}); blank optional text is {@code null}.
 */
record VenueDraft(long id, String name, String type, String street, String postalCode, String inseeCode,
		String communeName, double latitude, double longitude, boolean stepFree, boolean adaptedToilets,
		boolean hearingLoop, boolean otherAccess, String accessDetails, Integer capacity, String openingHours,
		String website, String description, String organisation, String siret, String rna, boolean readyToHost,
		String moderationState, Instant updatedAt, long version) {

	public String slug() {
		return Slug.of(this.name);
	}

	public String publicPath() {
		return "/annuaire/lieux/" + this.id + "-" + slug();
	}

	/** The accessibility features, as codes of message keys. */
	public java.util.List<String> accessibility() {
		java.util.List<String> codes = new java.util.ArrayList<>();
		if (this.stepFree) {
			codes.add("step-free");
		}
		if (this.adaptedToilets) {
			codes.add("adapted-toilets");
		}
		if (this.hearingLoop) {
			codes.add("hearing-loop");
		}
		if (this.otherAccess) {
			codes.add("other");
		}
		return codes;
	}

	/**
	 * Every public field as one line of plain text, for the moderators' line differences.
	 */
	String versionText() {
		StringBuilder text = new StringBuilder();
		line(text, "Nom", this.name);
		line(text, "Type", this.type);
		line(text, "Adresse", this.street + ", " + this.postalCode + " " + this.communeName);
		line(text, "Code INSEE", this.inseeCode);
		line(text, "Coordonnées", this.latitude + ", " + this.longitude);
		line(text, "Accessibilité", String.join(", ", accessibility()));
		line(text, "Précisions sur l'accès", this.accessDetails);
		line(text, "Capacité", (this.capacity != null) ? this.capacity.toString() : null);
		line(text, "Horaires", this.openingHours);
		line(text, "Site web", this.website);
		line(text, "Présentation", this.description);
		line(text, "Organisation", this.organisation);
		line(text, "SIRET", this.siret);
		line(text, "RNA", this.rna);
		line(text, "Prêt à accueillir des cafés IA", this.readyToHost ? "oui" : "non");
		return text.toString();
	}

	private static void line(StringBuilder text, String label, String value) {
		text.append(label).append(" : ").append((value != null) ? value : "").append('\n');
	}

}
