package fr.cnnumerique.cafeia.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names and labels as URL segments or codes: lower-case ASCII words joined by hyphens,
 * accents dropped, {@code œ} and {@code æ} spelled out.
 */
public final class Slugs {

	private Slugs() {
	}

	/**
	 * The slug of a text.
	 * @param text a name or label, may be {@code null}
	 * @param maxLength the longest slug to return, cut at a word boundary when possible
	 * @param fallback what to return when nothing is left, itself a valid slug
	 * @return a slug matching {@code ^[a-z0-9]+(-[a-z0-9]+)*$}
	 */
	public static String of(String text, int maxLength, String fallback) {
		String value = (text != null) ? text : "";
		value = value.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae");
		value = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
		value = value.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (value.length() > maxLength) {
			value = value.substring(0, maxLength).replaceAll("-+$", "");
		}
		return value.isEmpty() ? fallback : value;
	}

}
