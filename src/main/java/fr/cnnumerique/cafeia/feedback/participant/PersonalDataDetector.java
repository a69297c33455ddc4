package fr.cnnumerique.cafeia.feedback.participant;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds e-mail addresses and phone numbers in free text typed by the public, so that
 * staff see at a glance what to remove before a text is curated for a public output. It
 * flags, it never edits: a false positive costs a look, a silent edit would lose words.
 */
public final class PersonalDataDetector {

	/** An e-mail address was found. */
	public static final String EMAIL = "EMAIL";

	/** A phone number was found. */
	public static final String PHONE = "PHONE";

	// "(at)" and "[at]" are the usual ways people write an address to dodge robots
	private static final Pattern EMAIL_PATTERN = Pattern.compile(
			"[\\p{L}0-9._%+-]+\\s?(?:@|\\(at\\)|\\[at\\])\\s?[\\p{L}0-9-]+(?:\\.[\\p{L}0-9-]+)*\\.\\p{L}{2,}",
			Pattern.CASE_INSENSITIVE);

	// French numbers (0X or +33 X followed by four pairs, any separators) and other
	// international numbers of at least eight digits
	private static final Pattern PHONE_PATTERN = Pattern
		.compile("(?<!\\d)(?:(?:\\+|00)33\\s?\\(?0?\\)?\\s?|0)[1-9](?:[\\s.-]?\\d{2}){4}(?!\\d)"
				+ "|(?<![\\d+])\\+\\d{1,3}(?:[\\s.-]?\\d){7,13}(?!\\d)");

	private PersonalDataDetector() {
	}

	/**
	 * What personal data a text seems to hold.
	 * @param text free text, possibly {@code null}
	 * @return {@value #EMAIL} and/or {@value #PHONE}, in that order; empty when nothing
	 * was found
	 */
	public static List<String> flags(String text) {
		List<String> flags = new ArrayList<>(2);
		if (text == null || text.isBlank()) {
			return flags;
		}
		if (EMAIL_PATTERN.matcher(text).find()) {
			flags.add(EMAIL);
		}
		if (PHONE_PATTERN.matcher(text).find()) {
			flags.add(PHONE);
		}
		return flags;
	}

}
