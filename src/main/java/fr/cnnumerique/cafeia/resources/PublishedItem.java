package fr.cnnumerique.cafeia.resources;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A library item the public can see, as other modules may refer to it.
 *
 * @param id the item id
 * @param title its public title
 */
public record PublishedItem(long id, String title) {

	/** The address of its public page, {@code /ressources/{id}-{slug}}. */
	public String publicPath() {
		return "/ressources/" + this.id + "-" + slug(this.title);
	}

	/**
	 * The slug of a title: lowercase ASCII words joined by hyphens, at most 80
	 * characters, {@code ressource} when nothing is left.
	 * @param title a title, possibly {@code null}
	 * @return the slug, never empty
	 */
	public static String slug(String title) {
		String ascii = Normalizer.normalize((title != null) ? title : "", Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace("œ", "oe")
			.replace("æ", "ae")
			.toLowerCase(Locale.ROOT);
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > 80) {
			slug = slug.substring(0, 80).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "ressource" : slug;
	}

}
