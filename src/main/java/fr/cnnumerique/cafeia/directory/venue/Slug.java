package fr.cnnumerique.cafeia.directory.venue;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Venue names as URL segments: lower case ASCII words joined by hyphens.
 */
final class Slug {

	private Slug() {
	}

	static String of(String name) {
		String ascii = Normalizer.normalize((name != null) ? name : "", Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace("œ", "oe")
			.replace("æ", "ae")
			.toLowerCase(Locale.ROOT);
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > 80) {
			slug = slug.substring(0, 80).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "lieu" : slug;
	}

}
