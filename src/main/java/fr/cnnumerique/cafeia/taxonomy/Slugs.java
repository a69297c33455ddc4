package fr.cnnumerique.cafeia.taxonomy;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns a French label into a code: lower-case ASCII words joined by hyphens.
 */
final class Slugs {

	static final int MAX_LENGTH = 60;

	private Slugs() {
	}

	static String of(String label) {
		String text = (label != null) ? label : "";
		text = text.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae");
		text = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
		text = text.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (text.length() > MAX_LENGTH) {
			text = text.substring(0, MAX_LENGTH).replaceAll("-+$", "");
		}
		return text.isEmpty() ? "terme" : text;
	}

}
