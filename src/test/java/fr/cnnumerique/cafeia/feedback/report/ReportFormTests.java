package fr.cnnumerique.cafeia.feedback.report;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.cnnumerique.cafeia.events.TestEvent;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StaffLogin.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report on a café of the portal: its organiser and co-facilitators file it once the
 * café has started, rows of the lists come and go without JavaScript, and bad input is
 * refused with French messages and nothing stored.
 */
@IntegrationTest
class ReportFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	ReportFixture fixture() {
		return new ReportFixture(this.context);
	}

	@Test
	void filesAReportWithItemsAddingAndRemovingRowsWithoutJavaScript() throws Exception {
		ReportFixture fixture = fixture();
		Staff organiser = fixture.facilitator("Organisatrice Bilan");
		long cafe = fixture.pastCafe(organiser.id());
		String path = "/espace/cafes/" + cafe + "/bilan";

		Document blank = page(get(path).with(organiser.login()));
		assertThat(blank.select("h1").text()).startsWith("Bilan du café");
		assertThat(blank.select("textarea[name=questions[0].text]")).hasSize(1);
		assertThat(blank.select("textarea[name=questions[1].text]")).isEmpty();
		assertThat(blank.select("input[name=durationMinutes]").val()).isEqualTo("90");
		assertThat(blank.select("input[name=themes][value=ia-et-travail]").hasAttr("checked")).isTrue();
		assertThat(blank.select("button[name=add][value=QUESTION]").text()).isEqualTo("Ajouter une question");

		Map<String, String> fields = ReportFixture.fields();
		fields.put("questions[0].text", "L’IA va-t-elle remplacer mon métier ?");
		fields.put("questions[0].theme", "ia-et-travail");
		Document added = page(ReportFixture.form(path, fields, "add", "QUESTION").with(organiser.login()));
		assertThat(added.select("textarea[name=questions[0].text]").text())
			.isEqualTo("L’IA va-t-elle remplacer mon métier ?");
		assertThat(added.select("textarea[name=questions[1].text]")).hasSize(1);
		assertThat(added.select(".error-summary")).isEmpty();
		assertThat(fixture.reportCount(cafe)).isZero();

		fields.put("questions[1].text", "Qui contrôle les algorithmes ?");
		fields.put("questions[1].theme", "democratie-et-citoyennete");
		fields.put("questions[2].text", "Une question de trop");
		fields.put("questions[2].theme", "ia-et-travail");
		Document removed = page(ReportFixture.form(path, fields, "remove", "QUESTION-2").with(organiser.login()));
		assertThat(removed.select("textarea[name=questions[2].text]")).isEmpty();
		assertThat(removed.select("textarea[name=questions[1].text]").text())
			.isEqualTo("Qui contrôle les algorithmes ?");
		assertThat(fixture.reportCount(cafe)).isZero();
		fields.remove("questions[2].text");
		fields.remove("questions[2].theme");

		fields.put("concerns[0].text", "Peur de la surveillance au travail");
		fields.put("concerns[0].theme", "vie-privee-et-donnees");
		fields.put("proposals[0].text", "Former les élus locaux");
		fields.put("proposals[0].theme", "democratie-et-citoyennete");
		fields.put("proposals[1].text", "");
		fields.put("proposals[1].theme", "");
		this.mvc.perform(ReportFixture.form(path, fields).with(organiser.login()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/espace/bilans"))
			.andExpect(flash().attribute("success", "feedback.report.saved"));

		Map<String, Object> row = fixture.report(cafe);
		assertThat(row).containsEntry("participants", 14)
			.containsEntry("first_timers", 6)
			.containsEntry("age_18_25", 3)
			.containsEntry("age_61_75", 5)
			.containsEntry("duration_minutes", 95)
			.containsEntry("format_code", "cafe-discussion")
			.containsEntry("event_format", "IN_PERSON")
			.containsEntry("insee_code", "29232")
			.containsEntry("departement_code", "29")
			.containsEntry("region_code", "53")
			.containsEntry("would_run_again", "YES")
			.containsEntry("author_id", organiser.id());
		assertThat(row.get("age_under_18")).isNull();
		assertThat(row.get("held_on").toString()).isEqualTo(LocalDate.now(ReportChecks.PARIS).minusDays(3).toString());
		assertThat(items(cafe)).containsExactly("CONCERN|vie-privee-et-donnees|Peur de la surveillance au travail",
				"HIGHLIGHT||Un échange très riche sur l’emploi.",
				"PROPOSAL|democratie-et-citoyennete|Former les élus locaux",
				"QUESTION|ia-et-travail|L’IA va-t-elle remplacer mon métier ?",
				"QUESTION|democratie-et-citoyennete|Qui contrôle les algorithmes ?");

		Document mine = page(get("/espace/bilans").with(organiser.login()));
		assertThat(mine.select(".completion-rate").text()).contains("100 %");
		assertThat(mine.select("table.filed-reports a[href=" + path + "]")).hasSize(1);
		assertThat(mine.select("table.waiting-cafes")).isEmpty();

		Document again = page(get(path).with(organiser.login()));
		assertThat(again.select("input[name=participants]").val()).isEqualTo("14");
		assertThat(again.select("textarea[name=questions[1].text]").text()).isEqualTo("Qui contrôle les algorithmes ?");
		assertThat(again.select("select[name=questions[1].theme] option[selected]").val())
			.isEqualTo("democratie-et-citoyennete");
	}

	@Test
	void editingKeepsTheCurationOfUnchangedItemsAndCoFacilitatorsMayEdit() throws Exception {
		ReportFixture fixture = fixture();
		Staff organiser = fixture.facilitator("Organisateur Bilan");
		Staff partner = fixture.facilitator("Co-animatrice Bilan");
		long cafe = fixture.pastCafe(organiser.id());
		fixture.addCoFacilitator(cafe, partner.id());
		String path = "/espace/cafes/" + cafe + "/bilan";
		Map<String, String> fields = ReportFixture.fields();
		fields.put("questions[0].text", "Comment reconnaître une image générée ?");
		fields.put("questions[0].theme", "information-et-desinformation");
		fields.put("questions[1].text", "Est-ce que ça pollue ?");
		fields.put("questions[1].theme", "environnement");
		this.mvc.perform(ReportFixture.form(path, fields).with(organiser.login())).andExpect(status().isFound());
		this.jdbc
			.sql("UPDATE feedback_report_item SET curation = 'RETAINED' WHERE report_id = "
					+ "(SELECT id FROM feedback_report WHERE event_id = ?)")
			.param(cafe)
			.update();

		Document form = page(get(path).with(partner.login()));
		String version = form.select("input[name=version]").val();
		fields.put("version", version);
		fields.put("questions[1].text", "Est-ce que l’IA consomme beaucoup d’eau ?");
		this.mvc.perform(ReportFixture.form(path, fields).with(partner.login())).andExpect(status().isFound());
		assertThat(this.jdbc.sql("""
				SELECT i.original_text || '|' || i.curation FROM feedback_report_item i
				JOIN feedback_report r ON r.id = i.report_id WHERE r.event_id = ? AND i.kind = 'QUESTION'
				ORDER BY i.position""").param(cafe).query(String.class).list()).containsExactly(
				"Comment reconnaître une image générée ?|RETAINED",
				"Est-ce que l’IA consomme beaucoup d’eau ?|PENDING");
		assertThat(fixture.reportCount(cafe)).isOne();
		assertThat(fixture.report(cafe)).containsEntry("author_id", organiser.id());

		// a form filled from an older version is refused
		this.mvc.perform(ReportFixture.form(path, fields, "participants", "20").with(organiser.login()))
			.andExpect(status().isConflict());
		assertThat(fixture.report(cafe)).containsEntry("participants", 14);
	}

	@Test
	void aFutureCafeHasNoReportYet() throws Exception {
		ReportFixture fixture = fixture();
		Staff organiser = fixture.facilitator("Organisatrice Futur");
		long cafe = new TestEvent().organiser(organiser.id()).startsIn(Duration.ofDays(2)).insert(this.jdbc);
		String path = "/espace/cafes/" + cafe + "/bilan";
		Document page = page(get(path).with(organiser.login()));
		assertThat(page.select(".alert").text()).contains("n’a pas encore eu lieu");
		assertThat(page.select("form.report-form")).isEmpty();
		this.mvc.perform(ReportFixture.form(path, ReportFixture.fields()).with(organiser.login()))
			.andExpect(status().isBadRequest());
		assertThat(fixture.reportCount(cafe)).isZero();
	}

	@Test
	void someoneElsesCafeIsNotFound() throws Exception {
		ReportFixture fixture = fixture();
		Staff organiser = fixture.facilitator("Organisatrice Autre");
		Staff stranger = fixture.facilitator("Inconnu");
		long cafe = fixture.pastCafe(organiser.id());
		String path = "/espace/cafes/" + cafe + "/bilan";
		this.mvc.perform(get(path).with(stranger.login())).andExpect(status().isNotFound());
		this.mvc.perform(ReportFixture.form(path, ReportFixture.fields()).with(stranger.login()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/espace/cafes/987654321/bilan").with(organiser.login())).andExpect(status().isNotFound());
		assertThat(fixture.reportCount(cafe)).isZero();
	}

	@Test
	void badCountsAndOverLongItemsAreRefusedWithFrenchMessages() throws Exception {
		ReportFixture fixture = fixture();
		Staff organiser = fixture.facilitator("Organisatrice Erreurs");
		long cafe = fixture.pastCafe(organiser.id());
		String path = "/espace/cafes/" + cafe + "/bilan";
		Map<String, String> fields = ReportFixture.fields();

		assertThat(errors(ReportFixture.form(path, fields, "participants", "-4").with(organiser.login())))
			.contains("Un nombre de personnes ne peut pas être négatif.");
		assertThat(errors(ReportFixture.form(path, fields, "participants", "5").with(organiser.login())))
			.contains("Il ne peut pas y avoir plus de nouveaux venus que de participants (5).");
		assertThat(errors(ReportFixture.form(path, fields, "participants", "7", "firstTimers", "0", "ageOver75", "2")
			.with(organiser.login())))
			.contains("Les tranches d’âge totalisent 10 personnes, plus que les 7 participants.");
		assertThat(errors(ReportFixture
			.form(path, fields, "questions[0].text", "x".repeat(281), "questions[0].theme", "ia-et-travail")
			.with(organiser.login())))
			.contains("Cet élément dépasse 280 caractères : raccourcissez-le ou coupez-le en deux.");
		assertThat(errors(ReportFixture
			.form(path, fields, "questions[0].text", "Sans thème ?", "durationMinutes", "deux heures", "wouldRunAgain",
					"")
			.with(organiser.login()))).contains("Choisissez la thématique de cet élément.",
					"Indiquez une durée en minutes, un nombre entier entre 1 et 1440.",
					"Dites si vous referiez ce café.");
		assertThat(errors(ReportFixture.form(path, fields, "comment", "a".repeat(2001)).with(organiser.login())))
			.contains("Ce texte dépasse 2 000 caractères : raccourcissez-le.");
		assertThat(fixture.reportCount(cafe)).isZero();
	}

	@Test
	void aLockedYearTakesNoReport() throws Exception {
		ReportFixture fixture = fixture();
		Staff organiser = fixture.facilitator("Organisatrice Verrou");
		long cafe = new TestEvent().organiser(organiser.id())
			.startsAt(LocalDate.of(2021, 6, 15).atStartOfDay(ReportChecks.PARIS).plusHours(18).toInstant())
			.insert(this.jdbc);
		this.jdbc.sql("INSERT INTO feedback_year_lock (year) VALUES (2021) ON CONFLICT DO NOTHING").update();
		String path = "/espace/cafes/" + cafe + "/bilan";
		Document page = page(get(path).with(organiser.login()));
		assertThat(page.select(".alert-info").text()).contains("L’année de ce café est close");
		assertThat(page.select("form.report-form fieldset[disabled]")).isNotEmpty();
		assertThat(page.select("form.report-form button[type=submit]:not([name])")).isEmpty();
		assertThat(errors(ReportFixture.form(path, ReportFixture.fields()).with(organiser.login())))
			.contains("L’année 2021 est close : son bilan ne peut plus être enregistré ni modifié.");
		assertThat(fixture.reportCount(cafe)).isZero();
	}

	private List<String> items(long cafe) {
		return this.jdbc.sql("""
				SELECT i.kind || '|' || coalesce(i.theme_code, '') || '|' || i.text FROM feedback_report_item i
				JOIN feedback_report r ON r.id = i.report_id WHERE r.event_id = ? ORDER BY i.kind, i.position""")
			.param(cafe)
			.query(String.class)
			.list();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

	private List<String> errors(MockHttpServletRequestBuilder request) throws Exception {
		Document page = page(request);
		return page.select(".error-summary li").eachText();
	}

}
