package fr.cnnumerique.cafeia.bench;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import fr.cnnumerique.cafeia.feedback.report.PersonalDataDetector;

/**
 * Feedback module: facilitators' reports with their free texts (items), and participants'
 * anonymous answers.
 * <p>
 * By default, at scale 1: 15,000 reports over the year before the reference day, on nine
 * in ten of the published cafés held then (their place, format, audiences and themes
 * copied as the report form does) and, for the rest, catch-up declarations of cafés held
 * off the portal; 100,000 items, questions, concerns and proposals with a theme, and a
 * few highlights, difficulties and comments. About one item in twenty-five holds personal
 * data (flagged by the real detector); most items are curated: retained (some after an
 * anonymising edit, the facilitator's text kept) or dismissed, a fifth still to sort.
 * 40,000 participant answers on the reported portal cafés, one in ten with a comment.
 * <p>
 * With {@link Dataset#feedbackSize} (the generator's {@code --reports=} and
 * {@code --items=}), the annual report's benchmark size: every report is held in the
 * calendar year before the reference day's ({@link #annualYear}).
 */
final class FeedbackPart implements DatasetPart {

	static final int REPORTS = 15_000;

	static final int ITEMS = 100_000;

	static final int ANSWERS = 40_000;

	/**
	 * Most items of one listed kind a report form takes ({@code ReportForm.MAX_ITEMS}).
	 */
	static final int MAX_PER_KIND = 20;

	private static final int BATCH = 50_000;

	private static final List<String> QUESTIONS = List.of("Comment savoir si une image a été créée par une IA ?",
			"Où vont les données que je tape dans un assistant conversationnel ?",
			"L’IA va-t-elle remplacer mon métier ?",
			"Peut-on faire confiance aux réponses d’un agent conversationnel ?",
			"Qui est responsable quand une IA se trompe ?",
			"Comment les enfants peuvent-ils utiliser l’IA pour leurs devoirs sans tricher ?",
			"Combien d’énergie consomme une question posée à une IA ?",
			"Faut-il payer pour utiliser une IA de qualité ?");

	private static final List<String> CONCERNS = List.of("Peur des arnaques par téléphone avec des voix imitées.",
			"Crainte de perdre son emploi dans les prochaines années.",
			"Inquiétude sur la protection des données personnelles.",
			"Difficulté à distinguer le vrai du faux sur les réseaux sociaux.",
			"Impact environnemental des centres de données.",
			"Isolement des personnes qui ne savent pas utiliser ces outils.");

	private static final List<String> PROPOSALS = List.of(
			"Organiser un atelier pratique sur les démarches administratives en ligne.",
			"Créer un café IA pour les parents et les adolescents.",
			"Proposer une fiche simple sur les bons réflexes face aux hypertrucages.",
			"Inviter un soignant pour parler de l’IA à l’hôpital.",
			"Refaire une séance dans six mois pour voir ce qui a changé.");

	private static final List<String> HIGHLIGHTS = List.of(
			"Les participants ont testé eux-mêmes un assistant et comparé les réponses.",
			"Beaucoup d’échanges entre générations.", "Une démonstration de génération d’images a lancé le débat.");

	private static final List<String> DIFFICULTIES = List.of("Connexion internet instable dans la salle.",
			"Le temps a manqué pour répondre à toutes les questions.", "Niveau très hétérogène du groupe.");

	private static final List<String> COMMENTS = List.of("Salle comble, à refaire.", "Public curieux et bienveillant.",
			"Bonne collaboration avec l’équipe du lieu.");

	/** What makes a text hold personal data: a name, an address, a phone number. */
	private static final List<String> PERSONAL = List.of(" Madame Martin souhaite être recontactée.",
			" Contact : jean.dupont@exemple.fr", " Rappeler au 06 12 34 56 78.");

	private static final List<String> ANSWER_COMMENTS = List.of("Très intéressant, merci !",
			"J’aurais aimé plus de pratique.", "Animation claire et accessible.", "Trop court, on en veut encore.",
			"J’ai enfin compris ce qu’est un modèle de langage.");

	private static final List<String> ANSWER_PERSONAL = List.of(" Merci à Nathalie Robert !",
			" Mon numéro : 06 11 22 33 44");

	private static final List<String> FORMATS = List.of("cafe-discussion", "cafe-discussion", "atelier-pratique",
			"conference-debat", "projection-debat", "jeu-collaboratif");

	private static final char[] TOKEN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
		.toCharArray();

	private static final String REPORT_COLUMNS = "id, event_id, author_id, title, held_on, event_format, insee_code, "
			+ "commune_name, departement_code, region_code, audiences, participants, first_timers, age_under_18, "
			+ "age_18_25, age_26_40, age_41_60, age_61_75, age_over_75, duration_minutes, format_code, themes, "
			+ "resources_used, would_run_again, created_at, updated_at";

	private static final String ITEM_COLUMNS = "id, report_id, kind, position, theme_code, original_text, text, flags, "
			+ "curation, curated_at, created_at, updated_at";

	private static final String ANSWER_COLUMNS = "id, event_id, event_date, departement_code, region_code, "
			+ "satisfaction, learned, themes, comment, comment_status, comment_flags, created_at, updated_at";

	/** The detector's verdict on each distinct text: texts come from short lists. */
	private final Map<String, List<String>> flags = new HashMap<>();

	@Override
	public String name() {
		return "feedback";
	}

	/**
	 * The year every report is held in at the annual report's benchmark size: the
	 * calendar year before the reference day's, a whole past year.
	 */
	static int annualYear(LocalDate today) {
		return today.getYear() - 1;
	}

	@Override
	public void fill(Dataset dataset) throws SQLException {
		SplittableRandom random = dataset.random(name());
		boolean annual = dataset.reports() != null || dataset.items() != null;
		int reportCount = (dataset.reports() != null) ? dataset.reports() : dataset.scaled(REPORTS);
		int itemCount = (dataset.items() != null) ? dataset.items() : dataset.scaled(ITEMS);
		if (itemCount > (long) reportCount * (3 * MAX_PER_KIND + 3)) {
			throw new IllegalArgumentException("At most " + (3 * MAX_PER_KIND + 3) + " items per report");
		}
		LocalDate from = annual ? LocalDate.of(annualYear(dataset.today()), 1, 1) : dataset.today().minusDays(365);
		LocalDate to = annual ? from.plusYears(1) : dataset.today();
		List<Dataset.Cafe> held = dataset.cafes.stream()
			.filter((cafe) -> "PUBLISHED".equals(cafe.status()) && !cafe.day().isBefore(from) && cafe.day().isBefore(to)
					&& cafe.endsAt().isBefore(dataset.now()))
			.toList();
		List<Dataset.Cafe> reported = new ArrayList<>();
		for (Dataset.Cafe cafe : held) {
			if (reported.size() < reportCount && random.nextInt(10) < 9) {
				reported.add(cafe);
			}
		}
		reports(dataset, random, reported, reportCount, itemCount, from, to);
		answers(dataset, random, reported);
	}

	private void reports(Dataset dataset, SplittableRandom random, List<Dataset.Cafe> reported, int reportCount,
			int itemCount, LocalDate from, LocalDate to) throws SQLException {
		long firstReport = dataset.reserveIds("feedback_report", reportCount);
		long firstItem = dataset.reserveIds("feedback_report_item", itemCount);
		CopyRows reports = new CopyRows("feedback_report", REPORT_COLUMNS);
		CopyRows items = new CopyRows("feedback_report_item", ITEM_COLUMNS);
		long itemId = firstItem;
		int days = (int) ChronoUnit.DAYS.between(from, to);
		for (int r = 0; r < reportCount; r++) {
			long id = firstReport + r;
			Dataset.Cafe cafe = (r < reported.size()) ? reported.get(r) : null;
			LocalDate heldOn;
			List<String> themes;
			List<Object> row = new ArrayList<>(26);
			if (cafe != null) {
				heldOn = cafe.day();
				themes = cafe.themes();
				Commune commune = cafe.commune();
				row.addAll(Arrays.asList(id, cafe.id(), cafe.organiser(), cafe.title(), heldOn, cafe.format(),
						(commune != null) ? commune.inseeCode() : null, (commune != null) ? commune.name() : null,
						(commune != null) ? commune.departementCode() : null,
						(commune != null) ? commune.regionCode() : null, cafe.audiences()));
			}
			else {
				// a café held off the portal, declared afterwards
				heldOn = from.plusDays(random.nextInt(days));
				themes = Dataset.some(random, Words.THEMES, 2);
				boolean online = random.nextInt(6) == 0;
				Commune commune = online ? null : dataset.commune(random);
				row.addAll(Arrays.asList(id, null, Dataset.pick(random, dataset.facilitators),
						(random.nextInt(3) == 0) ? null : Dataset.pick(random, Words.CAFE_TITLES), heldOn,
						online ? "ONLINE" : "IN_PERSON", online ? null : commune.inseeCode(),
						online ? null : commune.name(), online ? null : commune.departementCode(),
						online ? null : commune.regionCode(), Dataset.some(random, Words.AUDIENCES, 2)));
			}
			Instant filed = filed(random, dataset, heldOn);
			row.addAll(figures(random, filed, themes));
			reports.add(row.toArray());
			int count = (int) ((long) (r + 1) * itemCount / reportCount - (long) r * itemCount / reportCount);
			int[] positions = new int[ItemKindName.values().length];
			for (int i = 0; i < count; i++) {
				ItemKindName kind = kind(random, positions);
				item(items, itemId++, id, kind, positions[kind.ordinal()]++, themes, filed, random);
			}
			if (items.count() >= BATCH || reports.count() >= BATCH) {
				// reports first: items refer to them
				dataset.count("reports", reports.copy(dataset.connection()));
				reports = new CopyRows("feedback_report", REPORT_COLUMNS);
				dataset.count("report items", items.copy(dataset.connection()));
				items = new CopyRows("feedback_report_item", ITEM_COLUMNS);
			}
		}
		dataset.count("reports", reports.copy(dataset.connection()));
		dataset.count("report items", items.copy(dataset.connection()));
		dataset.count("reports on portal cafes", reported.size());
	}

	/**
	 * The figures of a report, from {@code participants} to {@code updated_at}: ages for
	 * two reports in three, never more than the participants.
	 */
	private static List<Object> figures(SplittableRandom random, Instant filed, List<String> themes) {
		int participants = 3 + random.nextInt(38);
		int firstTimers = random.nextInt(participants + 1);
		Integer[] ages = new Integer[6];
		if (random.nextInt(3) > 0) {
			int left = participants - random.nextInt(Math.max(1, participants / 4));
			for (int i = 0; i < ages.length; i++) {
				ages[i] = (i == ages.length - 1) ? left : random.nextInt(left + 1) / 2;
				left -= ages[i];
			}
		}
		int draw = random.nextInt(20);
		return Arrays.asList(participants, firstTimers, ages[0], ages[1], ages[2], ages[3], ages[4], ages[5],
				60 + 15 * random.nextInt(9), Dataset.pick(random, FORMATS), themes,
				(random.nextInt(4) == 0) ? "Kit d’animation du Café IA, vidéo de présentation." : null,
				(draw < 16) ? "YES" : (draw < 19) ? "MAYBE" : "NO", filed, filed);
	}

	private static Instant filed(SplittableRandom random, Dataset dataset, LocalDate heldOn) {
		Instant filed = heldOn.plusDays(1 + random.nextInt(10))
			.atTime(LocalTime.of(9, 0))
			.atZone(Dataset.PARIS)
			.toInstant()
			.plus(random.nextInt(600), ChronoUnit.MINUTES);
		return filed.isBefore(dataset.now()) ? filed : dataset.now();
	}

	/**
	 * Mostly questions, concerns and proposals; a highlight, a difficulty and a comment
	 * at most once each, as the form has one field for each.
	 */
	private static ItemKindName kind(SplittableRandom random, int[] positions) {
		int draw = random.nextInt(100);
		ItemKindName kind = (draw < 32) ? ItemKindName.QUESTION : (draw < 58) ? ItemKindName.CONCERN : (draw < 84)
				? ItemKindName.PROPOSAL
				: (draw < 91) ? ItemKindName.HIGHLIGHT : (draw < 96) ? ItemKindName.DIFFICULTY : ItemKindName.COMMENT;
		if (!kind.listed && positions[kind.ordinal()] > 0) {
			kind = ItemKindName.QUESTION;
		}
		for (int i = 0; kind.listed && positions[kind.ordinal()] >= MAX_PER_KIND && i < 3; i++) {
			kind = ItemKindName.values()[(kind.ordinal() + 1) % 3];
		}
		if (positions[kind.ordinal()] >= (kind.listed ? MAX_PER_KIND : 1)) {
			for (ItemKindName single : ItemKindName.values()) {
				if (!single.listed && positions[single.ordinal()] == 0) {
					return single;
				}
			}
		}
		return kind;
	}

	private void item(CopyRows items, long id, long reportId, ItemKindName kind, int position, List<String> themes,
			Instant filed, SplittableRandom random) {
		String clean = Dataset.pick(random, kind.texts);
		boolean personal = random.nextInt(25) == 0;
		String original = personal ? clean + Dataset.pick(random, PERSONAL) : clean;
		List<String> originalFlags = flags(original);
		String text = original;
		String curation;
		int draw = random.nextInt(10);
		if (!originalFlags.isEmpty()) {
			// flagged: still to look at, set aside, or anonymised then retained
			curation = (draw < 4) ? "PENDING" : (draw < 7) ? "DISMISSED" : "RETAINED";
			if (draw >= 7) {
				text = clean;
			}
		}
		else {
			curation = (draw < 2) ? "PENDING" : (draw < 8) ? "RETAINED" : "DISMISSED";
		}
		String theme = kind.listed
				? (themes.isEmpty() ? Dataset.pick(random, Words.THEMES) : Dataset.pick(random, themes)) : null;
		Instant curatedAt = "PENDING".equals(curation) ? null : filed.plus(1 + random.nextInt(72), ChronoUnit.HOURS);
		items.add(id, reportId, kind.name(), position, theme, original, text, flags(text), curation, curatedAt, filed,
				(curatedAt != null) ? curatedAt : filed);
	}

	private void answers(Dataset dataset, SplittableRandom random, List<Dataset.Cafe> reported) throws SQLException {
		List<Dataset.Cafe> cafes = reported.stream().filter(Dataset.Cafe::portal).toList();
		if (cafes.isEmpty()) {
			return;
		}
		int n = dataset.scaled(ANSWERS);
		CopyRows links = new CopyRows("feedback_participant_link", "event_id, token, created_at");
		for (Dataset.Cafe cafe : cafes) {
			links.add(cafe.id(), token(random, cafe.id()), cafe.startsAt().minus(1, ChronoUnit.DAYS));
		}
		dataset.count("feedback links", links.copy(dataset.connection()));
		long first = dataset.reserveIds("feedback_participant_answer", n);
		CopyRows answers = new CopyRows("feedback_participant_answer", ANSWER_COLUMNS);
		int comments = 0;
		for (int i = 0; i < n; i++) {
			Dataset.Cafe cafe = cafes.get((int) ((long) i * cafes.size() / n));
			Commune commune = cafe.commune();
			int draw = random.nextInt(100);
			int satisfaction = (draw < 40) ? 5 : (draw < 75) ? 4 : (draw < 90) ? 3 : (draw < 97) ? 2 : 1;
			String comment = null;
			String status = "NONE";
			if (random.nextInt(10) == 0) {
				comment = Dataset.pick(random, ANSWER_COMMENTS)
						+ ((random.nextInt(20) == 0) ? Dataset.pick(random, ANSWER_PERSONAL) : "");
				int curation = random.nextInt(10);
				status = (curation < 4) ? "PENDING" : (curation < 8) ? "RETAINED" : "DISMISSED";
				if (!flags(comment).isEmpty() && "RETAINED".equals(status)) {
					status = "PENDING";
				}
				comments++;
			}
			Instant answered = cafe.endsAt().plus(random.nextInt(60 * 24 * 3), ChronoUnit.MINUTES);
			answered = answered.isBefore(dataset.now()) ? answered : dataset.now();
			List<String> themes = (random.nextInt(3) == 0) ? List.of() : Dataset.some(random, Words.THEMES, 2);
			answers.add(first + i, cafe.id(), cafe.day(), (commune != null) ? commune.departementCode() : null,
					(commune != null) ? commune.regionCode() : null, satisfaction, random.nextInt(5) > 0, themes,
					comment, status, flags(comment), answered, answered);
			if (answers.count() >= BATCH) {
				dataset.count("participant answers", answers.copy(dataset.connection()));
				answers = new CopyRows("feedback_participant_answer", ANSWER_COLUMNS);
			}
		}
		dataset.count("participant answers", answers.copy(dataset.connection()));
		dataset.count("participant comments", comments);
	}

	private List<String> flags(String text) {
		if (text == null) {
			return List.of();
		}
		return this.flags.computeIfAbsent(text, PersonalDataDetector::flags);
	}

	/** A link token like the portal's: unique through the café id, then random. */
	private static String token(SplittableRandom random, long eventId) {
		StringBuilder token = new StringBuilder(Long.toString(eventId, 36)).append('-');
		while (token.length() < 22) {
			token.append(TOKEN[random.nextInt(TOKEN.length)]);
		}
		return token.toString();
	}

	/** The kinds of items, as the feedback module names them, with their texts. */
	private enum ItemKindName {

		QUESTION(true, QUESTIONS), CONCERN(true, CONCERNS), PROPOSAL(true, PROPOSALS), HIGHLIGHT(false, HIGHLIGHTS),
		DIFFICULTY(false, DIFFICULTIES), COMMENT(false, COMMENTS);

		final boolean listed;

		final List<String> texts;

		ItemKindName(boolean listed, List<String> texts) {
			this.listed = listed;
			this.texts = texts;
		}

	}

}
