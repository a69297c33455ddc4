package fr.cnnumerique.cafeia.moderation.audit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

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
	 * The text as a PostgreSQL {@code tsquery} of prefixes: only letters and digits are
	 * kept, so user input can never break the query syntax.
	 * @return the query, or {@code null} when the text holds no word
	 */
	String tsquery() {
		if (this.text == null) {
			return null;
		}
		List<String> words = Arrays.stream(this.text.split("[^\\p{L}\\p{N}]+"))
			.filter((word) -> !word.isEmpty())
			.limit(MAX_WORDS)
			.toList();
		return words.isEmpty() ? null : words.stream().map((word) -> word + ":*").collect(Collectors.joining(" & "));
	}

	boolean isEmpty() {
		return tsquery() == null && this.action == null && this.actorId == null && this.targetType == null
				&& this.from == null && this.to == null;
	}

}
