package fr.cnnumerique.cafeia.moderation.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The journal's query parameters as typed in the address bar: each one that does not make
 * sense is ignored, with a message key saying so, rather than failing the page.
 *
 * @param filter the criteria that made sense
 * @param problems message keys of the criteria that were ignored
 */
record JournalCriteria(JournalFilter filter, List<String> problems) {

	static final int MAX_TEXT_LENGTH = 200;

	private static final Pattern TARGET_TYPE = Pattern.compile("[a-z0-9_.\\-]{1,40}");

	private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(9999, 12, 30);

	static JournalCriteria parse(String text, String action, String actor, String targetType, String from, String to,
			Collection<String> knownActions) {
		List<String> problems = new ArrayList<>();
		String query = blankToNull(text);
		if (query != null && query.length() > MAX_TEXT_LENGTH) {
			query = query.substring(0, MAX_TEXT_LENGTH);
		}
		String actionCode = blankToNull(action);
		if (actionCode != null && !knownActions.contains(actionCode)) {
			problems.add("moderation.audit.journal.filter.unknown-action");
			actionCode = null;
		}
		Long actorId = null;
		if (blankToNull(actor) != null) {
			try {
				actorId = Long.valueOf(actor.strip());
			}
			catch (NumberFormatException ex) {
				problems.add("moderation.audit.journal.filter.unknown-actor");
			}
		}
		String target = blankToNull(targetType);
		if (target != null && !TARGET_TYPE.matcher(target).matches()) {
			problems.add("moderation.audit.journal.filter.unknown-target");
			target = null;
		}
		LocalDate first = date(from, "moderation.audit.journal.filter.invalid-from", problems);
		LocalDate last = date(to, "moderation.audit.journal.filter.invalid-to", problems);
		if (first != null && last != null && first.isAfter(last)) {
			problems.add("moderation.audit.journal.filter.reversed-dates");
			first = null;
			last = null;
		}
		return new JournalCriteria(new JournalFilter(query, actionCode, actorId, target, first, last), problems);
	}

	/**
	 * A page number from the address bar: anything but a positive number means the first
	 * page.
	 */
	static int page(String page) {
		try {
			return (page != null) ? Math.max(1, Integer.parseInt(page.strip())) : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	/**
	 * The query string that selects the same entries, without the page: what links to
	 * other pages and to the export carry.
	 * @return the encoded parameters joined by {@code &}, empty without criteria
	 */
	String queryString() {
		List<String> parameters = new ArrayList<>();
		add(parameters, "q", this.filter.text());
		add(parameters, "action", this.filter.action());
		add(parameters, "acteur", (this.filter.actorId() != null) ? this.filter.actorId().toString() : null);
		add(parameters, "cible", this.filter.targetType());
		add(parameters, "du", (this.filter.from() != null) ? this.filter.from().toString() : null);
		add(parameters, "au", (this.filter.to() != null) ? this.filter.to().toString() : null);
		return String.join("&", parameters);
	}

	String url(String path) {
		String query = queryString();
		return query.isEmpty() ? path : path + "?" + query;
	}

	private static void add(List<String> parameters, String name, String value) {
		if (value != null) {
			parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

	private static LocalDate date(String value, String problem, List<String> problems) {
		String text = blankToNull(value);
		if (text == null) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text);
			if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
				problems.add(problem);
				return null;
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			problems.add(problem);
			return null;
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
