package fr.cnnumerique.cafeia.reports;

import java.time.LocalDateTime;
import java.time.ZoneId;

import fr.cnnumerique.cafeia.events.EventStatus;
import fr.cnnumerique.cafeia.events.TestEvent;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small known programme in one past year, with every figure of the report worked out by
 * hand: five cafés held in two régions and three départements (four on the portal, one
 * declared off it; a cancelled café and a draft that do not count), four reports, six
 * participants' answers (one the year after), items retained, waiting and dismissed, and
 * a resource downloaded that year and the next. The database is shared by every test
 * class: nothing else uses this year.
 */
final class ReportDataset {

	static final int YEAR = 2003;

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static boolean inserted;

	private ReportDataset() {
	}

	static synchronized void insert(JdbcClient jdbc) {
		if (inserted
				|| jdbc.sql("SELECT count(*) FROM feedback_report WHERE held_on BETWEEN '2003-01-01' AND '2003-12-31'")
					.query(Long.class)
					.single() > 0) {
			inserted = true;
			return;
		}
		long e1 = cafe("2003-03-10T10:00", 7001, 8001).audience("tout-public").insert(jdbc);
		long e2 = cafe("2003-03-20T18:00", 7002, 8002).hybrid()
			.at(48.11, -1.68, "Rennes")
			.audience("tout-public")
			.audience("seniors")
			.insert(jdbc);
		jdbc.sql("UPDATE event SET insee_code = '35238', postal_code = '35000', departement_code = '35', "
				+ "co_facilitator_ids = '{8006}' WHERE id = ?")
			.param(e2)
			.update();
		long e3 = cafe("2003-06-05T14:00", 7003, 8001).at(47.22, -1.55, "Nantes").audience("seniors").insert(jdbc);
		jdbc.sql("UPDATE event SET insee_code = '44109', postal_code = '44000', departement_code = '44', "
				+ "region_code = '52' WHERE id = ?")
			.param(e3)
			.update();
		long e4 = cafe("2003-06-15T20:00", 7004, 8003).online().insert(jdbc);
		cafe("2003-04-01T10:00", 7005, 8004).status(EventStatus.CANCELLED).insert(jdbc);
		cafe("2003-05-01T10:00", 7006, 8004).status(EventStatus.DRAFT).insert(jdbc);

		long r1 = report(jdbc, e1, 8001, "2003-03-10", "IN_PERSON", "29232", "29", "53", "{tout-public}", 12, 5,
				"{ia-au-quotidien,democratie-et-citoyennete}");
		report(jdbc, e2, 8002, "2003-03-20", "HYBRID", "35238", "35", "53", "{tout-public,seniors}", 8, 2,
				"{ia-au-quotidien}");
		long r4 = report(jdbc, e4, 8003, "2003-06-15", "ONLINE", null, null, null, "{}", 20, 0,
				"{democratie-et-citoyennete}");
		long c1 = report(jdbc, null, 8005, "2003-09-12", "IN_PERSON", "35238", "35", "53", "{jeunes}", 15, 10,
				"{ia-et-travail}");
		report(jdbc, null, 8005, "2004-01-05", "IN_PERSON", "35238", "35", "53", "{jeunes}", 99, 0, "{ia-et-travail}");

		item(jdbc, r1, "QUESTION", "ia-au-quotidien", "Qui contrôle les algorithmes des services publics ?",
				"RETAINED");
		item(jdbc, r1, "CONCERN", "democratie-et-citoyennete", "Texte encore à trier", "PENDING");
		item(jdbc, r1, "PROPOSAL", "ia-au-quotidien", "Texte écarté par l’équipe", "DISMISSED");
		item(jdbc, r1, "HIGHLIGHT", null, "Moment fort retenu mais hors rapport", "RETAINED");
		item(jdbc, r4, "CONCERN", "democratie-et-citoyennete", "Peur des arnaques, surtout au téléphone", "RETAINED");
		item(jdbc, c1, "PROPOSAL", "ia-et-travail", "=Des ateliers pour les jeunes; en mairie", "RETAINED");

		link(jdbc, e1);
		link(jdbc, e2);
		answer(jdbc, e1, "2003-03-10", "29", "53", 5, true);
		answer(jdbc, e1, "2003-03-10", "29", "53", 5, true);
		answer(jdbc, e1, "2003-03-10", "29", "53", 4, false);
		answer(jdbc, e2, "2003-03-20", "35", "53", 3, true);
		answer(jdbc, e2, "2004-01-02", "35", "53", 1, false);

		long item = jdbc.sql("""
				INSERT INTO library_item (title, summary, kind, level, language, authors, licence, moderation_state,
				    created_by, created_at)
				VALUES ('Déroulé d’un café de 2003', 'Un déroulé.', 'kit-animation', 'decouverte', 'fr', 'Équipe',
				    'CC-BY-4.0', 'PUBLISHED', 8001, '2003-02-01T10:00:00+01') RETURNING id
				""").query(Long.class).single();
		jdbc.sql("""
				INSERT INTO library_item_published (id, title, summary, kind, themes, audiences, level, language,
				    authors, licence, no_derivatives, draft_version, updated_at)
				SELECT id, title, summary, kind, themes, audiences, level, language, authors, licence, no_derivatives,
				    version, now() FROM library_item WHERE id = ?
				""").param(item).update();
		jdbc.sql("INSERT INTO library_download_month (item_id, month, downloads) VALUES (?, '2003-05-01', 7), "
				+ "(?, '2004-01-01', 100)")
			.params(item, item)
			.update();
		inserted = true;
	}

	private static TestEvent cafe(String start, long venue, long organiser) {
		return new TestEvent().startsAt(LocalDateTime.parse(start).atZone(PARIS).toInstant())
			.venue(venue)
			.organiser(organiser);
	}

	private static long report(JdbcClient jdbc, Long event, long author, String day, String format, String insee,
			String departement, String region, String audiences, int participants, int firstTimers, String themes) {
		return jdbc.sql("""
				INSERT INTO feedback_report (event_id, author_id, held_on, event_format, insee_code, departement_code,
				    region_code, audiences, participants, first_timers, duration_minutes, themes, would_run_again)
				VALUES (:event, :author, CAST(:day AS date), :format, :insee, :dep, :region, CAST(:audiences AS text[]),
				    :participants, :firstTimers, 90, CAST(:themes AS text[]), 'YES')
				RETURNING id
				""")
			.param("event", event)
			.param("author", author)
			.param("day", day)
			.param("format", format)
			.param("insee", insee)
			.param("dep", departement)
			.param("region", region)
			.param("audiences", audiences)
			.param("participants", participants)
			.param("firstTimers", firstTimers)
			.param("themes", themes)
			.query(Long.class)
			.single();
	}

	private static void item(JdbcClient jdbc, long report, String kind, String theme, String text, String curation) {
		jdbc.sql("""
				INSERT INTO feedback_report_item (report_id, kind, position, theme_code, original_text, text, curation)
				VALUES (?, ?, 0, ?, ?, ?, ?)
				""").params(report, kind, theme, text, text, curation).update();
	}

	private static void link(JdbcClient jdbc, long event) {
		jdbc.sql("INSERT INTO feedback_participant_link (event_id, token) VALUES (?, ?)")
			.params(event, "jeton-rapport-" + event)
			.update();
	}

	private static void answer(JdbcClient jdbc, long event, String day, String departement, String region,
			int satisfaction, boolean learned) {
		jdbc.sql("""
				INSERT INTO feedback_participant_answer (event_id, event_date, departement_code, region_code,
				    satisfaction, learned)
				VALUES (?, CAST(? AS date), ?, ?, ?, ?)
				""").params(event, day, departement, region, satisfaction, learned).update();
	}

}
