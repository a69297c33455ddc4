package fr.cnnumerique.cafeia.directory.venue;

/**
 * Venue names as URL segments: lower case ASCII words joined by hyphens.
 */
final class Slug {

	private Slug() {
	}

	static String of(String name) {
		return fr.cnnumerique.cafeia.shared.Slugs.of(name, 80, "lieu");
	}

}
