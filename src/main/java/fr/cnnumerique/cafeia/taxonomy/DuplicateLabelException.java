package fr.cnnumerique.cafeia.taxonomy;

import java.util.Set;

import fr.cnnumerique.cafeia.taxonomy.TermAdministration.Language;

/**
 * Another active term of the vocabulary already has this label.
 */
class DuplicateLabelException extends RuntimeException {

	private final Set<Language> languages;

	DuplicateLabelException(Set<Language> languages) {
		super("Label already used by an active term in " + languages);
		this.languages = Set.copyOf(languages);
	}

	Set<Language> languages() {
		return this.languages;
	}

}
