package fr.cnnumerique.cafeia.feedback.ideas;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a contribution to the idea box is, with its French URL and form value.
 */
enum IdeaKind {

	/** An idea for the programme. */
	IDEA("idee"),

	/** An action someone runs or proposes to run. */
	ACTION("action"),

	/** A resource the library could hold. */
	RESOURCE("ressource");

	private final String slug;

	IdeaKind(String slug) {
		this.slug = slug;
	}

	public String slug() {
		return this.slug;
	}

	static Optional<IdeaKind> fromSlug(String slug) {
		return Arrays.stream(values()).filter((kind) -> kind.slug.equals(slug)).findFirst();
	}

}
