package fr.cnnumerique.cafeia.moderation.audit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Which journal entries to show. Every criterion is optional; dates are days in
 * Europe/Paris, both included.
 *
 * @param text words to find (each as a prefix, accents and case ignored) in the actor,
 * action, target and reason
 * @param action exact action code
 * @param actorId account id of the actor
 * @param targetType exact target type
 * @param from first day
 * @param to last day
 */
record JournalFilter(String text, String action, Long actorId, String targetType, LocalDate from, LocalDate to) {

	static final JournalFilter NONE = new JournalFilter(null, null, null, null, null, null);

	static final int MAX_WORDS = 10;

	/**
	 * The words of the text (letters and digits only), each to be matched as a prefix.
	 * They are quoted in SQL after accents are removed there, since removing accents can
	 * produce characters (an apostrophe from "ŉ") that a raw tsquery would choke on.
	 * @return the words, empty when the text holds none
	 */
	List<String> words() {
		if (this.text == null) {
			return List.of();
		}
		return Arrays.stream(this.text.split("[^\\p{L}\\p{N}]+"))
			.filter((word) -> !word.isEmpty())
			.limit(MAX_WORDS)
			.toList();
	}

	boolean isEmpty() {
		return words().isEmpty() && this.action == null && this.actorId == null && this.targetType == null
				&& this.from == null && this.to == null;
	}

}
