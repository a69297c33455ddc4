package fr.cnnumerique.cafeia.taxonomy;

/**
 * Turns a French label into a code: lower-case ASCII words joined by hyphens.
 */
final class Slugs {

	static final int MAX_LENGTH = 60;

	private Slugs() {
	}

	static String of(String label) {
		return fr.cnnumerique.cafeia.shared.Slugs.of(label, MAX_LENGTH, "terme");
	}

}
