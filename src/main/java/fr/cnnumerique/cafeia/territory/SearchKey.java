package fr.cnnumerique.cafeia.territory;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The search key of a place name, as the SQL function {@code territory_search_key} of V3
 * computes it: no accents, lower case, words of letters and digits separated by one
 * space, "st"/"ste" spelled "saint"/"sainte". "St-Étienne" and "saint etienne" both give
 * "saint etienne".
 */
final class SearchKey {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

	private static final Pattern SAINT = Pattern.compile(" st(?= )");

	private static final Pattern SAINTE = Pattern.compile(" ste(?= )");

	private SearchKey() {
	}

	static String of(String text) {
		// unaccent turns these ligatures into two letters, NFD leaves them whole
		String unaccented = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
			.replaceAll("")
			.replace("œ", "oe")
			.replace("Œ", "OE")
			.replace("æ", "ae")
			.replace("Æ", "AE");
		String words = SEPARATORS.matcher(unaccented.toLowerCase(Locale.ROOT)).replaceAll(" ");
		String expanded = SAINTE.matcher(SAINT.matcher(" " + words + " ").replaceAll(" saint")).replaceAll(" sainte");
		return expanded.strip();
	}

}
