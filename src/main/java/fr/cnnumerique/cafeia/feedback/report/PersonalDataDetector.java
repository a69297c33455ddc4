package fr.cnnumerique.cafeia.feedback.report;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like personal data in a free text written after a café: e-mail
 * addresses, French phone numbers and people's names. It only flags, for staff to look at
 * the item before it can be retained: a false alarm costs a glance, a miss could publish
 * someone's name, so the name rules lean towards flagging.
 */
public final class PersonalDataDetector {

	/** What was found. */
	enum Flag {

		EMAIL, PHONE, NAME

	}

	private static final Pattern EMAIL = Pattern
		.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9-]+(?:\\.[\\p{L}0-9-]+)*\\.\\p{L}{2,}");

	/** Addresses written to escape robots: {@code jean (at) exemple point fr}. */
	private static final Pattern DISGUISED_EMAIL = Pattern.compile(
			"[\\p{L}0-9._%+-]+\\s*(?:\\(at\\)|\\[at\\]|\\barobase\\b|\\s@\\s)\\s*[\\p{L}0-9-]+\\s*(?:\\.|\\(dot\\)|\\[dot\\]|\\bpoint\\b)\\s*\\p{L}{2,}",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * Ten digits starting with 0, or the international forms with the codes of France and
	 * its overseas territories, in pairs or not, separated by spaces, dots or dashes.
	 */
	/**
	 * Any other international number: a plus sign, then at least eight digits in groups.
	 */
	private static final Pattern INTERNATIONAL_PHONE = Pattern
		.compile("(?<![0-9])\\+[1-9][0-9]{0,2}(?:[\\s.-]?[0-9]{1,4}){2,6}(?![0-9])");

	private static final Pattern PHONE = Pattern.compile(
			"(?<![0-9])(?:(?:\\+|00)\\s?(?:33|262|269|590|594|596|508|681|687|689)\\s?(?:\\(0\\)\\s?)?|0)[1-9](?:[\\s.-]?[0-9]{2}){4}(?![0-9])");

	private static final String CAPITALISED = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?";

	private static final String UPPER = "\\p{Lu}{2,}(?:-\\p{Lu}{2,})?";

	/** A title of address followed by a capitalised word or an initial. */
	private static final Pattern TITLE = Pattern.compile(
			"(?<![\\p{L}])(?:M\\.|MM\\.|Mme\\.?|Mmes|Mlle\\.?|Mr\\.?|Mrs\\.?|Dr\\.?|Pr\\.?|Me|(?i:monsieur|madame|mademoiselle|docteure?|professeure?|maître))\\s+(?:\\p{Lu}\\.?(?![\\p{L}])|"
					+ CAPITALISED + "|" + UPPER + ")");

	private static final Pattern WORD = Pattern.compile("(?<![\\p{L}-])\\p{Lu}[\\p{L}'’]*(?:-\\p{Lu}[\\p{L}'’]*)*");

	/**
	 * Common French first names (INSEE birth registers, most given over the last
	 * decades), compound names are matched part by part.
	 */
	private static final Set<String> FIRST_NAMES = Set.of("Adam", "Adèle", "Adrien", "Agathe", "Agnès", "Alain",
			"Albert", "Alexandre", "Alexis", "Alice", "Aline", "Amandine", "Amélie", "Anaïs", "André", "Andrée", "Anne",
			"Annie", "Antoine", "Arnaud", "Arthur", "Audrey", "Aurélie", "Aurélien", "Baptiste", "Benjamin", "Benoît",
			"Bernadette", "Bernard", "Brigitte", "Bruno", "Camille", "Capucine", "Caroline", "Catherine", "Cécile",
			"Céline", "Chantal", "Charles", "Charlotte", "Chloé", "Christian", "Christiane", "Christine", "Christophe",
			"Claire", "Claude", "Clément", "Colette", "Corinne", "Cyril", "Damien", "Daniel", "Danielle", "David",
			"Delphine", "Denis", "Denise", "Didier", "Dominique", "Dylan", "Éloïse", "Élodie", "Emma", "Emmanuel",
			"Emmanuelle", "Éric", "Estelle", "Étienne", "Eva", "Fabien", "Fabienne", "Fabrice", "Fatima", "Florence",
			"Florian", "Francis", "Françoise", "François", "Frédéric", "Gabriel", "Gaël", "Georges", "Gérard",
			"Gilbert", "Gilles", "Ginette", "Guillaume", "Guy", "Hélène", "Henri", "Hervé", "Hugo", "Inès", "Irène",
			"Isabelle", "Jacqueline", "Jacques", "Jade", "Jean", "Jeanne", "Jérémy", "Jérôme", "Joël", "Josiane",
			"Joseph", "Jules", "Julie", "Julien", "Juliette", "Karim", "Karine", "Kevin", "Laetitia", "Laura", "Laure",
			"Laurence", "Laurent", "Léa", "Léo", "Léon", "Liliane", "Lina", "Louis", "Louise", "Luc", "Lucas", "Lucie",
			"Lucien", "Lucienne", "Madeleine", "Manon", "Marc", "Marcel", "Margaux", "Marguerite", "Maria", "Marie",
			"Marine", "Martine", "Mathieu", "Mathilde", "Matthieu", "Maurice", "Maxime", "Mélanie", "Michel", "Michèle",
			"Micheline", "Mohamed", "Monique", "Nadia", "Nadine", "Nathalie", "Nathan", "Nicolas", "Nicole", "Noémie",
			"Océane", "Odette", "Olivier", "Pascal", "Pascale", "Patrice", "Patricia", "Patrick", "Paul", "Paulette",
			"Philippe", "Pierre", "Quentin", "Raphaël", "Raymond", "Rémi", "Renée", "Richard", "Robert", "Roger",
			"Romain", "Sabrina", "Samuel", "Sandrine", "Sarah", "Sébastien", "Serge", "Simone", "Sophie", "Stéphane",
			"Stéphanie", "Suzanne", "Sylvain", "Sylvie", "Théo", "Thierry", "Thomas", "Valérie", "Véronique", "Vincent",
			"Virginie", "Xavier", "Yann", "Yannick", "Yvette", "Yves", "Yvonne", "Zoé");

	/**
	 * First names that also name well-known AI systems or everyday words in a café about
	 * AI: alone they are not flagged, followed by a surname they are.
	 */
	private static final Set<String> AMBIGUOUS_ALONE = Set.of("Claude", "Albert", "Lucie", "Léa", "Marine", "Claire",
			"Pierre", "Jade", "Eva", "Laure", "Guy", "Emma");

	/**
	 * Capitalised words that follow a first name without being a surname: AI systems and
	 * programme words.
	 */
	private static final Set<String> NOT_SURNAMES = Set.of("IA", "AI", "GPT", "Chat", "Sonnet", "Opus", "Haiku", "Pro",
			"Plus", "Max", "Mini", "Café", "Cafés");

	private PersonalDataDetector() {
	}

	/**
	 * The kinds of personal data a text seems to hold.
	 * @param text the text, possibly {@code null}
	 * @return the flags, empty when nothing was found
	 */
	static Set<Flag> detect(String text) {
		Set<Flag> flags = EnumSet.noneOf(Flag.class);
		if (text == null || text.isBlank()) {
			return flags;
		}
		if (EMAIL.matcher(text).find() || DISGUISED_EMAIL.matcher(text).find()) {
			flags.add(Flag.EMAIL);
		}
		if (PHONE.matcher(text).find() || internationalPhone(text)) {
			flags.add(Flag.PHONE);
		}
		if (hasName(text)) {
			flags.add(Flag.NAME);
		}
		return flags;
	}

	/**
	 * The flags as stored, in a stable order.
	 */
	/** Flag code of an e-mail address. */
	public static final String EMAIL_CODE = "EMAIL";

	/** Flag code of a phone number. */
	public static final String PHONE_CODE = "PHONE";

	/**
	 * What a free text may hold that identifies someone, as stored codes; used for report
	 * items, participants' comments and the idea box alike.
	 * @param text the text, possibly {@code null}
	 * @return {@code EMAIL}, {@code PHONE} and/or {@code NAME}, in that order; empty when
	 * nothing was found
	 */
	public static List<String> flags(String text) {
		return codes(detect(text));
	}

	private static boolean internationalPhone(String text) {
		Matcher matcher = INTERNATIONAL_PHONE.matcher(text);
		while (matcher.find()) {
			if (matcher.group().replaceAll("[^0-9]", "").length() >= 8) {
				return true;
			}
		}
		return false;
	}

	static List<String> codes(Set<Flag> flags) {
		return flags.stream().sorted().map(Flag::name).toList();
	}

	private static boolean hasName(String text) {
		if (TITLE.matcher(text).find()) {
			return true;
		}
		Matcher words = WORD.matcher(text);
		String previous = null;
		int previousEnd = -1;
		while (words.find()) {
			String word = words.group();
			boolean adjacent = previous != null && text.substring(previousEnd, words.start()).matches("\\s+");
			if (adjacent && isFirstName(previous) && !NOT_SURNAMES.contains(word)) {
				return true;
			}
			if (adjacent && isUpperSurname(previous) && isFirstName(word)) {
				return true;
			}
			if (isFirstName(word) && !AMBIGUOUS_ALONE.contains(firstPart(word)) && !followedByCapital(text, words)) {
				return true;
			}
			previous = word;
			previousEnd = words.end();
		}
		return false;
	}

	private static boolean isFirstName(String word) {
		for (String part : word.split("-")) {
			if (!FIRST_NAMES.contains(part)) {
				return false;
			}
		}
		return true;
	}

	private static String firstPart(String word) {
		int dash = word.indexOf('-');
		return (dash < 0) ? word : word.substring(0, dash);
	}

	private static boolean isUpperSurname(String word) {
		return word.length() >= 3 && word.equals(word.toUpperCase()) && !NOT_SURNAMES.contains(word)
				&& word.chars().allMatch((c) -> Character.isLetter(c) || c == '-');
	}

	// A first name followed by a word is judged with that word, by the pair rule above.
	private static boolean followedByCapital(String text, Matcher words) {
		int next = words.end();
		return next < text.length() && text.substring(next).matches("(?s)\\s+\\p{Lu}.*");
	}

}
