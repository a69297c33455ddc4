package fr.cnnumerique.cafeia.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import fr.cnnumerique.cafeia.accounts.Role;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StaffLogin;
import fr.cnnumerique.cafeia.support.StaffLogin.Staff;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
 * The annual report against a dataset whose figures were worked out by hand: the same
 * exact numbers on the page, in every CSV of the ZIP (each valid against its Table
 * Schema) and in the PDF's text; only administrators see it before it is published;
 * publishing needs the year closed, makes {@code /rapport/{année}} public, and
 * withdrawing makes it 404 again.
 */
@IntegrationTest
class AnnualReportTests {

	private static final String ADMIN_PATH = "/admin/rapport/" + ReportDataset.YEAR;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationContext context;

	Staff admin;

	@BeforeEach
	void dataset() {
		ReportDataset.insert(this.jdbc);
		this.admin = new StaffLogin(this.context).admin("Administratrice Rapport");
	}

	@Test
	void pageShowsTheExactFiguresOfTheYear() throws Exception {
		Document page = page(get(ADMIN_PATH).with(this.admin.login()));
		assertThat(page.select("h1").text()).isEqualTo("Rapport annuel 2003 du programme Café IA");
		assertThat(rows(page, "synthese")).containsExactly(List.of("cafes", "Cafés tenus", "5"),
				List.of("cafes_portail", "dont cafés du portail", "4"),
				List.of("cafes_declares", "dont cafés déclarés hors portail", "1"),
				List.of("cafes_avec_bilan", "Cafés avec un bilan", "4"),
				List.of("participants", "Participants (selon les bilans)", "55"),
				List.of("nouveaux_venus", "dont nouveaux venus", "17"),
				List.of("animateurs_actifs", "Animateurs actifs (au moins un café tenu)", "5"),
				List.of("lieux_actifs", "Lieux actifs (au moins un café tenu)", "3"),
				List.of("communes", "Communes où un café du portail s’est tenu", "3"),
				List.of("ressources_publiees", "Ressources partagées et publiées", "1"),
				List.of("telechargements", "Téléchargements de ressources", "7"),
				List.of("reponses_participants", "Avis de participants", "4"),
				List.of("satisfaction_moyenne", "Satisfaction moyenne (sur 5)", "4,25"),
				List.of("part_appris", "Part des participants qui ont appris quelque chose (%)", "75,0"),
				List.of("elements_retenus", "Questions, inquiétudes et propositions retenues", "3"));
		assertThat(rows(page, "regions")).containsExactly(List.of("52", "Pays de la Loire", "1", "1", "0", "0", "0"),
				List.of("53", "Bretagne", "3", "2", "1", "3", "35"),
				List.of("–", "En ligne ou sans région", "1", "1", "0", "1", "20"));
		assertThat(rows(page, "departements")).containsExactly(List.of("29", "Finistère", "1", "1", "0", "1", "12"),
				List.of("35", "Ille-et-Vilaine", "2", "1", "1", "2", "23"),
				List.of("44", "Loire-Atlantique", "1", "1", "0", "0", "0"),
				List.of("–", "En ligne ou sans département", "1", "1", "0", "1", "20"));
		List<List<String>> months = rows(page, "mois");
		assertThat(months).hasSize(12);
		assertThat(months.get(2)).containsExactly("2003-03", "mars 2003", "2", "2", "0", "2", "20");
		assertThat(months.get(5)).containsExactly("2003-06", "juin 2003", "2", "2", "0", "1", "20");
		assertThat(months.get(8)).containsExactly("2003-09", "septembre 2003", "1", "0", "1", "1", "15");
		assertThat(months.get(0)).containsExactly("2003-01", "janvier 2003", "0", "0", "0", "0", "0");
		assertThat(rows(page, "formats")).containsExactly(List.of("HYBRID", "Hybride", "1", "1", "0", "1", "8"),
				List.of("IN_PERSON", "Sur place", "3", "2", "1", "2", "27"),
				List.of("ONLINE", "En ligne", "1", "1", "0", "1", "20"));
		assertThat(rows(page, "publics")).containsExactly(List.of("jeunes", "Jeunes", "1", "0", "1", "1", "15"),
				List.of("seniors", "Seniors", "2", "2", "0", "1", "8"),
				List.of("tout-public", "Tout public", "2", "2", "0", "2", "20"),
				List.of("–", "Sans public précisé", "1", "1", "0", "1", "20"));
		assertThat(rows(page, "thematiques")).containsExactly(
				List.of("democratie-et-citoyennete", "Démocratie et citoyenneté", "2"),
				List.of("ia-au-quotidien", "IA au quotidien", "2"), List.of("ia-et-travail", "IA et travail", "1"));
		assertThat(rows(page, "satisfaction")).containsExactly(List.of("1", "1 – pas du tout satisfait", "0", "0"),
				List.of("2", "2", "0", "0"), List.of("3", "3", "1", "1"), List.of("4", "4", "1", "0"),
				List.of("5", "5 – très satisfait", "2", "2"));
		assertThat(rows(page, "ressources")).hasSize(1);
		assertThat(rows(page, "ressources").get(0)).containsSubsequence("Déroulé d’un café de 2003", "Kit d’animation",
				"7");
		assertThat(rows(page, "elements")).containsExactly(
				List.of("democratie-et-citoyennete", "Démocratie et citoyenneté", "Inquiétude",
						"Peur des arnaques, surtout au téléphone"),
				List.of("ia-au-quotidien", "IA au quotidien", "Question",
						"Qui contrôle les algorithmes des services publics ?"),
				List.of("ia-et-travail", "IA et travail", "Proposition", "=Des ateliers pour les jeunes; en mairie"));
		assertThat(page.text()).doesNotContain("Texte encore à trier", "Texte écarté", "Moment fort retenu");

		Element chart = page.selectFirst("#regions svg[role=img]");
		assertThat(chart).isNotNull();
		String titleId = chart.attr("aria-labelledby");
		assertThat(chart.selectFirst("title").id()).isEqualTo(titleId);
		assertThat(chart.selectFirst("title").text()).contains("Bretagne 3", "Pays de la Loire 1");
		assertThat(page.select("#regions table caption").text()).isEqualTo("Cafés et participants par région");
		assertThat(page.select("main script")).isEmpty();
		assertThat(page.select("a[href=" + ADMIN_PATH + ".pdf]")).hasSize(1);
		assertThat(page.select("a[href=" + ADMIN_PATH + ".zip]")).hasSize(1);
	}

	@Test
	void zipHoldsOneCsvPerTableValidAgainstItsSchemaWithTheSameNumbers() throws Exception {
		byte[] zip = this.mvc.perform(get(ADMIN_PATH + ".zip").with(this.admin.login()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Map<String, byte[]> files = unzip(zip);
		assertThat(files).containsKeys("synthese.csv", "synthese.schema.json", "regions.csv", "departements.csv",
				"mois.csv", "formats.csv", "publics.csv", "thematiques.csv", "satisfaction.csv", "ressources.csv",
				"elements.csv", "elements.schema.json", "datapackage.json");
		JsonNode pack = this.json.readTree(files.get("datapackage.json"));
		assertThat(pack.get("resources")).hasSize(10);
		Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
		for (JsonNode resource : pack.get("resources")) {
			String name = resource.get("name").asString();
			JsonNode schema = this.json.readTree(files.get(resource.get("schema").asString()));
			byte[] csv = files.get(resource.get("path").asString());
			assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
			tables.put(name, validRows(name, new String(csv, StandardCharsets.UTF_8).substring(1), schema));
		}
		assertThat(tables.get("synthese")).extracting((row) -> row.get("code") + "=" + row.get("valeur"))
			.containsExactly("cafes=5", "cafes_portail=4", "cafes_declares=1", "cafes_avec_bilan=4", "participants=55",
					"nouveaux_venus=17", "animateurs_actifs=5", "lieux_actifs=3", "communes=3", "ressources_publiees=1",
					"telechargements=7", "reponses_participants=4", "satisfaction_moyenne=4.25", "part_appris=75.0",
					"elements_retenus=3");
		assertThat(tables.get("regions"))
			.extracting((row) -> row.get("code") + ":" + row.get("cafes") + ":" + row.get("cafes_avec_bilan") + ":"
					+ row.get("participants"))
			.containsExactly("52:1:0:0", "53:3:3:35", ":1:1:20");
		assertThat(tables.get("elements")).extracting((row) -> row.get("texte"))
			.containsExactly("Peur des arnaques, surtout au téléphone",
					"Qui contrôle les algorithmes des services publics ?", "'=Des ateliers pour les jeunes; en mairie");
		String all = new String(zip, StandardCharsets.ISO_8859_1);
		assertThat(all).doesNotContain("Texte encore", "Moment fort retenu");
	}

	@Test
	void pdfOpensAndHoldsTheTitleAndTheFigures() throws Exception {
		var response = this.mvc.perform(get(ADMIN_PATH + ".pdf").with(this.admin.login()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Rapport annuel 2003 du programme Café IA", "Chiffres clés",
					"Participants (selon les bilans) 55", "Satisfaction moyenne (sur 5) 4,25",
					"Animateurs actifs (au moins un café tenu) 5", "53 Bretagne 3 2 1 3 35",
					"Qui contrôle les algorithmes des services publics ?");
			assertThat(text).doesNotContain("Texte encore à trier");
		}
	}

	@Test
	void onlyAdministratorsSeeTheReportBeforeItIsPublished() throws Exception {
		StaffLogin staff = new StaffLogin(this.context);
		Staff moderator = staff.create("Modérateur Rapport", Role.MODERATOR);
		Staff facilitator = staff.create("Animateur Rapport", Role.FACILITATOR);
		for (String path : List.of(ADMIN_PATH, ADMIN_PATH + ".pdf", ADMIN_PATH + ".zip", "/admin/statistiques")) {
			this.mvc.perform(get(path)).andExpect(redirectedUrl("/connexion"));
			this.mvc.perform(get(path).with(facilitator.login())).andExpect(status().isForbidden());
			this.mvc.perform(get(path).with(moderator.login())).andExpect(status().isForbidden());
			this.mvc.perform(get(path).with(this.admin.login())).andExpect(status().isOk());
		}
		for (String path : List.of("/rapport/2003", "/rapport/2003.pdf", "/rapport/2003.zip")) {
			this.mvc.perform(get(path)).andExpect(status().isNotFound());
			this.mvc.perform(get(path).with(this.admin.login())).andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/admin/rapport/1999").with(this.admin.login())).andExpect(status().isNotFound());
		this.mvc.perform(post(ADMIN_PATH + "/publication").with(csrf()).with(moderator.login()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(ADMIN_PATH + "/publication").with(this.admin.login())).andExpect(status().isForbidden());
	}

	@Test
	void publishingNeedsAClosedYearThenShowsThePublicReportUntilWithdrawn() throws Exception {
		int thisYear = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
		this.mvc.perform(post("/admin/rapport/" + thisYear + "/publication").with(csrf()).with(this.admin.login()))
			.andExpect(redirectedUrl("/admin/rapport/" + thisYear))
			.andExpect(flash().attribute("error", "reports.report.publish.year_not_over"));
		this.mvc.perform(get("/rapport/" + thisYear)).andExpect(status().isNotFound());
		int year = 2002;
		String admin = "/admin/rapport/" + year;
		this.jdbc.sql("DELETE FROM feedback_year_lock WHERE year = ?").param(year).update();
		this.mvc.perform(post(admin + "/publication").with(csrf()).with(this.admin.login()))
			.andExpect(redirectedUrl(admin))
			.andExpect(flash().attribute("error", "reports.report.publish.year_open"));
		this.mvc.perform(get("/rapport/" + year)).andExpect(status().isNotFound());

		this.jdbc.sql("INSERT INTO feedback_year_lock (year) VALUES (?)").param(year).update();
		this.mvc.perform(post(admin + "/publication").with(csrf()).with(this.admin.login()))
			.andExpect(redirectedUrl(admin))
			.andExpect(flash().attribute("success", "reports.report.publish.done"));
		Document published = page(get("/rapport/" + year));
		assertThat(published.select("h1").text()).isEqualTo("Rapport annuel 2002 du programme Café IA");
		assertThat(published.select(".report-publication")).isEmpty();
		assertThat(published.select("a[href=/rapport/" + year + ".pdf]")).hasSize(1);
		assertThat(published.select("section.report-table")).extracting((section) -> section.id())
			.containsExactly("synthese");
		assertThat(published.select(".report-contents a")).extracting((link) -> link.attr("href"))
			.contains("/rapport/2002/regions", "/rapport/2002/departements", "/rapport/2002/elements")
			.doesNotContain("/rapport/2002/synthese");
		Document chapter = page(get("/rapport/" + year + "/regions"));
		assertThat(chapter.select("section.report-table")).extracting((section) -> section.id())
			.containsExactly("regions");
		assertThat(chapter.select("a[href=/rapport/2002]")).hasSize(1);
		assertThat(chapter.select("a[rel=next]").attr("href")).isEqualTo("/rapport/2002/departements");
		for (String missing : List.of("/synthese", "/inconnu", "/regions?page=2", "/regions?page=0")) {
			this.mvc.perform(get("/rapport/" + year + missing)).andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/rapport/" + year + ".pdf")).andExpect(status().isOk());
		this.mvc.perform(get("/rapport/" + year + ".zip")).andExpect(status().isOk());
		assertThat(page(get("/rapport")).select("a[href=/rapport/" + year + "]")).hasSize(1);
		assertThat(page(get("/donnees")).select("a[href=/rapport]")).hasSize(1);
		assertThat(
				page(get(admin).with(this.admin.login())).select(".report-publication a[href=/rapport/" + year + "]"))
			.hasSize(1);

		this.mvc.perform(post(admin + "/retrait").with(csrf()).with(this.admin.login()))
			.andExpect(redirectedUrl(admin))
			.andExpect(flash().attribute("success", "reports.report.withdraw.done"));
		this.mvc.perform(get("/rapport/" + year)).andExpect(status().isNotFound());
		this.mvc.perform(get("/rapport/" + year + "/regions")).andExpect(status().isNotFound());
		assertThat(page(get("/rapport")).select("a[href=/rapport/" + year + "]")).isEmpty();
		assertThat(this.jdbc
			.sql("SELECT action FROM audit_log WHERE target_type = 'annual-report' AND target_id = ? AND actor_id = ? "
					+ "ORDER BY id")
			.params(Integer.toString(year), this.admin.id())
			.query(String.class)
			.list()).containsExactly("report.publish", "report.withdraw");
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		String html = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

	static List<List<String>> rows(Document page, String table) {
		List<List<String>> rows = new ArrayList<>();
		for (Element row : page.select("section#" + table + " table tbody tr")) {
			rows.add(row.children().stream().map(Element::text).toList());
		}
		return rows;
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	/**
	 * Parses a CSV (semicolons, RFC 4180 quotes) and checks it against its Table Schema:
	 * the header is the fields' names in order, required cells are present, integers and
	 * numbers parse.
	 */
	private static List<Map<String, String>> validRows(String name, String csv, JsonNode schema) {
		List<List<String>> lines = CsvParsing.parse(csv);
		List<String> fields = new ArrayList<>();
		schema.get("fields").forEach((field) -> fields.add(field.get("name").asString()));
		assertThat(lines.get(0)).as("header of %s", name).isEqualTo(fields);
		List<Map<String, String>> rows = new ArrayList<>();
		for (List<String> line : lines.subList(1, lines.size())) {
			assertThat(line).as("row of %s", name).hasSameSizeAs(fields);
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < fields.size(); i++) {
				JsonNode field = schema.get("fields").get(i);
				String value = line.get(i);
				boolean required = field.has("constraints") && field.get("constraints").get("required").asBoolean();
				if (required) {
					assertThat(value).as("%s.%s required", name, fields.get(i)).isNotEmpty();
				}
				if (!value.isEmpty()) {
					switch (field.get("type").asString()) {
						case "integer" -> Long.parseLong(value);
						case "number" -> Double.parseDouble(value);
						default -> {
						}
					}
				}
				row.put(fields.get(i), value);
			}
			rows.add(row);
		}
		return rows;
	}

}
