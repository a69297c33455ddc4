package fr.cnnumerique.cafeia.feedback.report;

import java.time.LocalDate;
import java.util.Map;

import fr.cnnumerique.cafeia.events.TestEvent;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StaffLogin.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What staff do with reports: free texts with personal data are flagged, moderators edit
 * them (audited, before and after) and retain them for the annual report; the staff page
 * shows a year's completion rate and closes or reopens the year.
 */
@IntegrationTest
class CurationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void flagsPersonalDataAndLetsModeratorsAnonymiseAndRetainItems() throws Exception {
		ReportFixture fixture = new ReportFixture(this.context);
		Staff organiser = fixture.facilitator("Animatrice Curation");
		Staff moderator = fixture.moderator("Modératrice Curation");
		long cafe = fixture.pastCafe(organiser.id());
		String path = "/espace/cafes/" + cafe + "/bilan";
		Map<String, String> fields = ReportFixture.fields();
		String marker = "curation" + cafe;
		fields.put("questions[0].text", "M. Dupont demande qui contrôle les algorithmes " + marker);
		fields.put("questions[0].theme", "democratie-et-citoyennete");
		fields.put("concerns[0].text", "Peur des arnaques par téléphone " + marker);
		fields.put("concerns[0].theme", "ia-au-quotidien");
		fields.put("comment", "Rappeler Julie au 06 12 34 56 78 " + marker);
		this.mvc.perform(ReportFixture.form(path, fields).with(organiser.login())).andExpect(status().isFound());
		assertThat(this.jdbc
			.sql("SELECT kind || ':' || array_to_string(flags, ',') || ':' || curation "
					+ "FROM feedback_report_item WHERE text LIKE ? ORDER BY kind")
			.param("%" + marker)
			.query(String.class)
			.list()).containsExactly("COMMENT:PHONE,NAME:PENDING", "CONCERN::PENDING", "QUESTION:NAME:PENDING");

		Document flagged = page(get("/moderation/bilans/elements?signale=oui&type=QUESTION").with(moderator.login()));
		Element row = flagged.select("table.curation-items tr:has(p.item-text:contains(" + marker + "))").first();
		assertThat(row).isNotNull();
		assertThat(row.select(".badge-warning").text()).isEqualTo("Nom de personne ?");
		assertThat(row.text()).contains("Démocratie et citoyenneté", "À trier");
		long id = Long.parseLong(row.attr("data-item"));
		Document unflagged = page(get("/moderation/bilans/elements?signale=non&type=QUESTION").with(moderator.login()));
		assertThat(unflagged.select("tr[data-item=" + id + "]")).isEmpty();

		Document edit = page(get("/moderation/bilans/elements/" + id).with(moderator.login()));
		String version = edit.select("input[name=version]").val();
		assertThat(this.mvc
			.perform(post("/moderation/bilans/elements/" + id).with(csrf())
				.with(moderator.login())
				.param("text", "")
				.param("theme", "democratie-et-citoyennete")
				.param("version", version))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Le texte ne peut pas être vide : écartez-le plutôt.");
		String anonymised = "Un participant demande qui contrôle les algorithmes " + marker;
		this.mvc
			.perform(post("/moderation/bilans/elements/" + id).with(csrf())
				.with(moderator.login())
				.param("text", anonymised)
				.param("theme", "democratie-et-citoyennete")
				.param("version", version))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/moderation/bilans/elements"))
			.andExpect(flash().attribute("success", "feedback.report.curation.edited"));
		Map<String, Object> item = this.jdbc.sql("SELECT * FROM feedback_report_item WHERE id = ?")
			.param(id)
			.query()
			.singleRow();
		assertThat(item.get("text")).isEqualTo(anonymised);
		assertThat(item.get("original_text")).isEqualTo("M. Dupont demande qui contrôle les algorithmes " + marker);
		assertThat(this.jdbc.sql("SELECT cardinality(flags) FROM feedback_report_item WHERE id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isZero();
		String reason = this.jdbc
			.sql("SELECT reason FROM audit_log WHERE action = 'feedback.item.edit' AND target_id = ? AND actor_id = ?")
			.params(Long.toString(id), moderator.id())
			.query(String.class)
			.single();
		assertThat(reason).contains("avant : M. Dupont demande", "après : Un participant demande");

		this.mvc
			.perform(post("/moderation/bilans/elements/" + id + "/statut").with(csrf())
				.with(moderator.login())
				.param("curation", "RETAINED")
				.param("version", version(id))
				.param("retour", "/moderation/bilans/elements?signale=oui&statut=PENDING"))
			.andExpect(redirectedUrl("/moderation/bilans/elements?signale=oui&statut=PENDING"))
			.andExpect(flash().attribute("success", "feedback.report.curation.status.done.RETAINED"));
		assertThat(curation(id)).isEqualTo("RETAINED");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_log WHERE action = 'feedback.item.retained' AND target_id = ?")
			.param(Long.toString(id))
			.query(Integer.class)
			.single()).isOne();
		assertThat(page(get("/moderation/bilans/elements").with(moderator.login())).select("tr[data-item=" + id + "]"))
			.as("the default list shows what is left to sort")
			.isEmpty();
		assertThat(page(get("/moderation/bilans/elements?statut=RETAINED").with(moderator.login()))
			.select("tr[data-item=" + id + "] .item-text")
			.text()).isEqualTo(anonymised);

		// an open redirect through the return address is refused
		this.mvc
			.perform(post("/moderation/bilans/elements/" + id + "/statut").with(csrf())
				.with(moderator.login())
				.param("curation", "DISMISSED")
				.param("version", version(id))
				.param("retour", "https://ailleurs.example/"))
			.andExpect(redirectedUrl("/moderation/bilans/elements"));
		assertThat(curation(id)).isEqualTo("DISMISSED");

		// a decision taken on a page read before the text changed decides nothing
		this.mvc
			.perform(post("/moderation/bilans/elements/" + id + "/statut").with(csrf())
				.with(moderator.login())
				.param("curation", "RETAINED")
				.param("version", "0"))
			.andExpect(redirectedUrl("/moderation/bilans/elements"))
			.andExpect(flash().attribute("error", "feedback.curation.stale"));
		assertThat(curation(id)).isEqualTo("DISMISSED");

		// the facilitator saving the report again keeps the staff's work on unchanged
		// items
		Document again = page(get(path).with(organiser.login()));
		assertThat(again.select("textarea[name=questions[0].text]").text()).startsWith("M. Dupont demande");
		fields.put("version", again.select("input[name=version]").val());
		this.mvc.perform(ReportFixture.form(path, fields).with(organiser.login())).andExpect(status().isFound());
		assertThat(curation(id)).isEqualTo("DISMISSED");
		assertThat(this.jdbc.sql("SELECT text FROM feedback_report_item WHERE id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo(anonymised);

		this.mvc.perform(get("/moderation/bilans/elements").with(organiser.login())).andExpect(status().isForbidden());
		this.mvc.perform(get("/moderation/bilans/elements/987654321").with(moderator.login()))
			.andExpect(status().isNotFound());
	}

	@Test
	void staffSeeTheYearsCompletionRateAndCloseTheYear() throws Exception {
		ReportFixture fixture = new ReportFixture(this.context);
		Staff organiser = fixture.facilitator("Animateur Année");
		Staff moderator = fixture.moderator("Modérateur Année");
		long reported = new TestEvent().organiser(organiser.id())
			.startsAt(LocalDate.of(2022, 5, 12).atTime(18, 0).atZone(ReportChecks.PARIS).toInstant())
			.title("Café IA de mai 2022")
			.insert(this.jdbc);
		new TestEvent().organiser(organiser.id())
			.startsAt(LocalDate.of(2022, 6, 9).atTime(18, 0).atZone(ReportChecks.PARIS).toInstant())
			.insert(this.jdbc);
		this.jdbc.sql("DELETE FROM feedback_year_lock WHERE year = 2022").update();
		this.mvc
			.perform(ReportFixture.form("/espace/cafes/" + reported + "/bilan", ReportFixture.fields())
				.with(organiser.login()))
			.andExpect(status().isFound());

		Document page = page(get("/moderation/bilans?annee=2022").with(moderator.login()));
		assertThat(page.select("h1").text()).isEqualTo("Bilans des animateurs, 2022");
		assertThat(page.select(".completion-rate").text()).startsWith("Taux de bilans remplis :");
		assertThat(page.select("table.staff-reports").text()).contains("Café IA de mai 2022", "Quimper (29)");
		assertThat(page.select(".year-state").text()).contains("L’année 2022 est ouverte");

		this.mvc
			.perform(post("/moderation/bilans/verrou").with(csrf())
				.with(moderator.login())
				.param("year", "2022")
				.param("action", "fermer"))
			.andExpect(redirectedUrl("/moderation/bilans?annee=2022"))
			.andExpect(flash().attribute("success", "feedback.report.staff.lock.fermer.done"));
		assertThat(page(get("/moderation/bilans?annee=2022").with(moderator.login())).select(".year-state").text())
			.contains("L’année 2022 est close");
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'feedback.year.lock' AND actor_id = ?")
			.param(moderator.id())
			.query(Integer.class)
			.single()).isOne();
		String path = "/espace/cafes/" + reported + "/bilan";
		Document locked = page(
				ReportFixture.form(path, ReportFixture.fields(), "participants", "40").with(organiser.login()));
		assertThat(locked.select(".error-summary").text()).contains("L’année 2022 est close");
		assertThat(fixture.report(reported)).containsEntry("participants", 14);

		this.mvc
			.perform(post("/moderation/bilans/verrou").with(csrf())
				.with(moderator.login())
				.param("year", "2022")
				.param("action", "ouvrir"))
			.andExpect(flash().attribute("success", "feedback.report.staff.lock.ouvrir.done"));
		assertThat(this.jdbc.sql("SELECT count(*) FROM feedback_year_lock WHERE year = 2022")
			.query(Integer.class)
			.single()).isZero();
		this.mvc
			.perform(post("/moderation/bilans/verrou").with(csrf())
				.with(moderator.login())
				.param("year", "1999")
				.param("action", "fermer"))
			.andExpect(flash().attribute("error", "feedback.report.staff.lock.invalid"));
		this.mvc.perform(get("/moderation/bilans").with(organiser.login())).andExpect(status().isForbidden());
	}

	private String curation(long id) {
		return this.jdbc.sql("SELECT curation FROM feedback_report_item WHERE id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

	private String version(long item) {
		return this.jdbc.sql("SELECT version FROM feedback_report_item WHERE id = ?")
			.param(item)
			.query(Long.class)
			.single()
			.toString();
	}

}
