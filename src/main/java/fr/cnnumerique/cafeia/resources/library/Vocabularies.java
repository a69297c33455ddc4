package fr.cnnumerique.cafeia.resources.library;

import java.util.List;

/**
 * The fixed lists of a library item, stored as codes; their labels are message keys
 * {@code resources.kind.<code>}, {@code resources.level.<code>} and
 * {@code resources.language.<code>}.
 */
final class Vocabularies {

	static final List<String> KINDS = List.of("kit-animation", "fiche-pedagogique", "presentation", "video",
			"jeu-atelier", "guide", "article", "autre");

	static final List<String> LEVELS = List.of("decouverte", "intermediaire", "approfondi");

	static final List<String> LANGUAGES = List.of("fr", "en", "es", "de", "it", "pt", "ar");

	private Vocabularies() {
	}

}
