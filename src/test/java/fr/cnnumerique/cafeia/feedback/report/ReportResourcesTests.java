package fr.cnnumerique.cafeia.feedback.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Library items in a report: added by address or title and removed without JavaScript,
 * everything typed kept and nothing saved until the save button; an unknown or
 * unpublished one gets a French message on its field.
 */
@IntegrationTest
class ReportResourcesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void addsByAddressAndTitleRemovesAndSavesWithoutJavaScript() throws Exception {
		ReportFixture fixture = new ReportFixture(this.context);
		Staff organiser = fixture.facilitator("Organisatrice Ressources");
		long cafe = fixture.pastCafe(organiser.id());
		String path = "/espace/cafes/" + cafe + "/bilan";
		String word = unique();
		long workshop = libraryItem("Atelier IA " + word, true);
		long ethics = libraryItem("Éthique des algorithmes " + word, true);
		long hidden = libraryItem("Brouillon caché " + word, false);

		Document blank = page(get(path).with(organiser.login()));
		assertThat(blank.select("fieldset.library-items legend").text())
			.isEqualTo("Ressources de la bibliothèque utilisées");
		assertThat(blank.select("button[name=add][value=RESOURCE]").text()).isEqualTo("Ajouter la ressource");
		assertThat(blank.select("input[name=libraryItems]")).isEmpty();

		Map<String, String> fields = ReportFixture.fields();
		fields.put("questions[0].text", "Qui décide ?");
		fields.put("questions[0].theme", "ia-et-travail");
		Document byAddress = page(ReportFixture
			.form(path, fields, "libraryItem", "https://cafes-ia.example.fr/ressources/" + workshop + "-atelier-ia",
					"add", "RESOURCE")
			.with(organiser.login()));
		assertThat(byAddress.select("input[name=libraryItems]").eachAttr("value"))
			.containsExactly(Long.toString(workshop));
		assertThat(byAddress.select("fieldset.library-items a").attr("href"))
			.isEqualTo("/ressources/" + workshop + "-atelier-ia-" + word);
		assertThat(byAddress.select("fieldset.library-items a").hasAttr("target")).isFalse();
		assertThat(byAddress.select("fieldset.library-items [role=status]").text())
			.isEqualTo("Ressource ajoutée : « Atelier IA " + word + " ».");
		assertThat(byAddress.select("input[name=libraryItem]").val()).isEmpty();
		assertThat(byAddress.select("textarea[name=questions[0].text]").text()).isEqualTo("Qui décide ?");
		assertThat(byAddress.select("input[name=participants]").val()).isEqualTo("14");
		assertThat(byAddress.select(".error-summary")).isEmpty();
		assertThat(fixture.reportCount(cafe)).isZero();

		Document byTitle = page(
				ReportFixture.form(path, fields, "libraryItem", "ethique DES algorithmes " + word, "add", "RESOURCE")
					.param("libraryItems", Long.toString(workshop))
					.with(organiser.login()));
		assertThat(byTitle.select("input[name=libraryItems]").eachAttr("value"))
			.containsExactly(Long.toString(workshop), Long.toString(ethics));
		assertThat(byTitle.select("fieldset.library-items li a").eachText()).containsExactly("Atelier IA " + word,
				"Éthique des algorithmes " + word);
		assertThat(byTitle.select("button[name=remove][value=RESOURCE-1]").attr("aria-label"))
			.isEqualTo("Retirer la ressource « Éthique des algorithmes " + word + " »");

		Document duplicate = page(
				ReportFixture.form(path, fields, "libraryItem", "/ressources/" + workshop, "add", "RESOURCE")
					.param("libraryItems", Long.toString(workshop), Long.toString(ethics))
					.with(organiser.login()));
		assertThat(duplicate.select("input[name=libraryItems]").eachAttr("value"))
			.containsExactly(Long.toString(workshop), Long.toString(ethics));

		Document removed = page(ReportFixture.form(path, fields, "remove", "RESOURCE-0")
			.param("libraryItems", Long.toString(workshop), Long.toString(ethics))
			.with(organiser.login()));
		assertThat(removed.select("input[name=libraryItems]").eachAttr("value")).containsExactly(Long.toString(ethics));
		assertThat(removed.select("textarea[name=questions[0].text]").text()).isEqualTo("Qui décide ?");
		assertThat(fixture.reportCount(cafe)).isZero();

		for (String unknown : List.of("/ressources/" + hidden + "-brouillon", "Introuvable " + word)) {
			var response = this.mvc
				.perform(ReportFixture.form(path, fields, "libraryItem", unknown, "add", "RESOURCE")
					.param("libraryItems", Long.toString(ethics))
					.with(organiser.login()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse();
			Document refused = Jsoup.parse(response.getContentAsString());
			assertThat(refused.select("#libraryItem-error").text())
				.isEqualTo("Aucune ressource publiée de la bibliothèque ne correspond à « " + unknown + " ».");
			assertThat(refused.select("input[name=libraryItem]").val()).isEqualTo(unknown);
			assertThat(refused.select("input[name=libraryItem]").attr("aria-invalid")).isEqualTo("true");
			assertThat(refused.select("input[name=libraryItems]").eachAttr("value"))
				.containsExactly(Long.toString(ethics));
			assertThat(refused.select("textarea[name=questions[0].text]").text()).isEqualTo("Qui décide ?");
		}
		assertThat(fixture.reportCount(cafe)).isZero();

		this.mvc
			.perform(ReportFixture.form(path, fields)
				.param("libraryItems", Long.toString(ethics), Long.toString(workshop), Long.toString(ethics),
						Long.toString(hidden))
				.with(organiser.login()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/espace/bilans"));
		long report = ((Number) fixture.report(cafe).get("id")).longValue();
		assertThat(stored(report)).containsExactly(ethics, workshop);

		Document again = page(get(path).with(organiser.login()));
		assertThat(again.select("fieldset.library-items li a").eachText())
			.containsExactly("Éthique des algorithmes " + word, "Atelier IA " + word);
		long version = Long.parseLong(again.select("input[name=version]").val());

		this.mvc
			.perform(ReportFixture.form(path, fields, "version", Long.toString(version))
				.param("libraryItems", Long.toString(workshop))
				.with(organiser.login()))
			.andExpect(status().isFound());
		assertThat(stored(report)).containsExactly(workshop);

		Staff stranger = fixture.facilitator("Animateur Ressources Étranger");
		this.mvc
			.perform(ReportFixture.form(path, fields, "libraryItem", "/ressources/" + workshop, "add", "RESOURCE")
				.with(stranger.login()))
			.andExpect(status().isNotFound());
	}

	@Test
	void catchUpReportsKeepTheirLibraryItemsAndStayTheirAuthors() throws Exception {
		ReportFixture fixture = new ReportFixture(this.context);
		Staff author = fixture.facilitator("Auteur Rattrapage Ressources");
		long item = libraryItem("Jeu de cartes IA " + unique(), true);
		Map<String, String> fields = ReportFixture.fields();
		LocalDate day = LocalDate.now(ReportChecks.PARIS).minusDays(5);
		fields.put("date", day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear());
		fields.put("eventFormat", "ONLINE");

		Document added = page(
				ReportFixture.form(CatchUpController.NEW, fields, "libraryItem", Long.toString(item), "add", "RESOURCE")
					.with(author.login()));
		assertThat(added.select("input[name=libraryItems]").eachAttr("value")).containsExactly(Long.toString(item));
		assertThat(added.select("input[name=date]").val()).isEqualTo(fields.get("date"));

		this.mvc
			.perform(ReportFixture.form(CatchUpController.NEW, fields)
				.param("libraryItems", Long.toString(item))
				.with(author.login()))
			.andExpect(status().isFound());
		long report = this.jdbc.sql("SELECT max(id) FROM feedback_report WHERE author_id = ? AND event_id IS NULL")
			.param(author.id())
			.query(Long.class)
			.single();
		assertThat(stored(report)).containsExactly(item);
		Document edit = page(get("/espace/bilans/" + report).with(author.login()));
		assertThat(edit.select("input[name=libraryItems]").eachAttr("value")).containsExactly(Long.toString(item));

		Staff other = fixture.facilitator("Autre Animatrice Ressources");
		this.mvc.perform(get("/espace/bilans/" + report).with(other.login())).andExpect(status().isNotFound());
		this.mvc
			.perform(ReportFixture
				.form("/espace/bilans/" + report, fields, "add", "RESOURCE", "libraryItem", Long.toString(item))
				.with(other.login()))
			.andExpect(status().isNotFound());
	}

	private List<Long> stored(long report) {
		return this.jdbc.sql("SELECT item_id FROM feedback_report_resource WHERE report_id = ? ORDER BY position")
			.param(report)
			.query(Long.class)
			.list();
	}

	private long libraryItem(String title, boolean published) {
		long id = this.jdbc.sql("""
				INSERT INTO library_item (title, summary, kind, level, language, authors, licence, moderation_state,
				    created_by)
				VALUES (?, 'Un déroulé.', 'kit-animation', 'decouverte', 'fr', 'Équipe', 'CC-BY-4.0', ?, 8001)
				RETURNING id
				""").params(title, published ? "PUBLISHED" : "PENDING").query(Long.class).single();
		if (published) {
			this.jdbc.sql("""
					INSERT INTO library_item_published (id, title, summary, kind, themes, audiences, level, language,
					    authors, licence, no_derivatives, draft_version, updated_at)
					SELECT id, title, summary, kind, themes, audiences, level, language, authors, licence,
					    no_derivatives, version, now() FROM library_item WHERE id = ?
					""").param(id).update();
		}
		return id;
	}

	private static String unique() {
		return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).replaceAll("[0-9]", "x");
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

}
