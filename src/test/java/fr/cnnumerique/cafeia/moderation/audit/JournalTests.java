package fr.cnnumerique.cafeia.moderation.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StaffLogin;
import fr.cnnumerique.cafeia.support.StaffLogin.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class JournalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	Staff admin;

	long actor;

	@BeforeEach
	void setUp() {
		this.admin = new StaffLogin(this.context).admin("Ada Admin");
		this.actor = ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 1_000_000_000_000_000L);
	}

	@Test
	void listsEntriesNewestFirstWithLabelsAndParisTime() throws Exception {
		entry("2026-03-01T10:00:00Z", "theme.rename", "theme", "IA et travail", "ancien → nouveau");
		entry("2026-07-01T10:00:00Z", "custom.something-new", "account", "Jean Dupont", null);
		String page = this.mvc
			.perform(get("/admin/journal").param("acteur", Long.toString(this.actor)).with(this.admin.login()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<caption>2 entrées, page 1 sur 1</caption>")
			.contains("Thématique renommée")
			.contains("custom.something-new")
			.contains("Compte n° 1")
			.contains("01/03/2026 11:00:00")
			.contains("01/07/2026 12:00:00")
			.contains("ancien → nouveau");
		assertThat(page.indexOf("Jean Dupont")).isLessThan(page.indexOf("IA et travail"));
	}

	@Test
	void searchesWordsWithoutAccentsOrCase() throws Exception {
		String word = "mot" + token();
		entry("2026-05-01T10:00:00Z", "account.suspend", "account", "Élève " + word, "Insultes répétées");
		assertThat(labels(search("q", "eleve " + word))).containsExactly("Élève " + word);
		assertThat(labels(search("q", "ÉLÈVE " + word.toUpperCase()))).containsExactly("Élève " + word);
		assertThat(labels(search("q", word.substring(0, word.length() - 2) + " repetee")))
			.containsExactly("Élève " + word);
		assertThat(labels(search("q", "inconnu " + word))).isEmpty();
		assertThat(labels(search("q", "Ada&|!(:*) " + word))).isEmpty();
		assertThat(labels(search("q", "ŉ " + word))).isEmpty();
		assertThat(labels(search("q", "ŉ"))).isNotNull();
	}

	@Test
	void filtersByActionTargetTypeAndDaysInParis() throws Exception {
		entry("2026-01-10T10:00:00Z", "account.suspend", "account", "janvier", null);
		entry("2026-02-28T22:30:00Z", "theme.create", "theme", "fin février à Paris", null);
		entry("2026-02-28T23:30:00Z", "account.trust", "account", "début mars à Paris", null);
		assertThat(labels(search("action", "account.suspend"))).containsExactly("janvier");
		assertThat(labels(search("cible", "account"))).containsExactly("début mars à Paris", "janvier");
		assertThat(labels(search("du", "2026-02-01", "au", "2026-02-28"))).containsExactly("fin février à Paris");
		assertThat(labels(search("du", "2026-03-01"))).containsExactly("début mars à Paris");
		assertThat(labels(search("au", "2026-01-10"))).containsExactly("janvier");
	}

	@Test
	void showsFiftyEntriesAPageWithLinksThatKeepTheFilters() throws Exception {
		for (int i = 0; i < 55; i++) {
			entry(Instant.parse("2026-04-01T10:00:00Z").plusSeconds(i).toString(), "account.trust", "account", "n" + i,
					null);
		}
		MvcResult first = request("action", "account.trust");
		Page<JournalLine> lines = lines(first);
		assertThat(lines.getTotalElements()).isEqualTo(55);
		assertThat(lines.getContent()).hasSize(50);
		assertThat(lines.getContent().get(0).targetLabel()).isEqualTo("n54");
		String link = "/admin/journal?action=account.trust&amp;acteur=" + this.actor + "&amp;page=2";
		assertThat(first.getResponse().getContentAsString()).contains("href=\"" + link + "\"")
			.contains("aria-current=\"page\"");
		assertThat(labels(request("page", "2"))).hasSize(5).last().isEqualTo("n0");
		assertThat(labels(request("page", "99"))).hasSize(5);
		assertThat(labels(request("page", "deux"))).hasSize(50);
		assertThat(labels(request("page", "-3"))).hasSize(50);
	}

	@Test
	void ignoresFiltersThatMakeNoSenseAndSaysSo() throws Exception {
		entry("2026-05-01T10:00:00Z", "account.trust", "account", "reste visible", null);
		this.mvc
			.perform(get("/admin/journal").with(this.admin.login())
				.param("acteur", Long.toString(this.actor))
				.param("du", "2026-13-45")
				.param("au", "n'importe quand")
				.param("action", "drop table")
				.param("cible", "<script>")
				.param("page", "99999999999999999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("La date de début n&#39;est pas une date valable")))
			.andExpect(content().string(containsString("La date de fin n&#39;est pas une date valable")))
			.andExpect(content().string(containsString("L&#39;action demandée n&#39;existe pas")))
			.andExpect(content().string(containsString("Le type de cible demandé n&#39;est pas valable")))
			.andExpect(content().string(containsString("reste visible")))
			.andExpect(content().string(not(containsString("<script>"))));
		this.mvc
			.perform(get("/admin/journal").with(this.admin.login())
				.param("acteur", "quelqu'un")
				.param("du", "2026-05-02")
				.param("au", "2026-05-01")
				.param("q", "x".repeat(5000)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("L&#39;auteur demandé n&#39;est pas valable")))
			.andExpect(content().string(containsString("La date de début est après la date de fin")));
		this.mvc.perform(get("/admin/journal.csv").with(this.admin.login()).param("du", "hier").param("action", "?"))
			.andExpect(status().isOk());
	}

	@Test
	void saysWhenNothingMatches() throws Exception {
		this.mvc.perform(get("/admin/journal").with(this.admin.login()).param("q", token()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Aucune entrée ne correspond à ces filtres.")))
			.andExpect(content().string(not(containsString("<table>"))));
	}

	@Test
	void exportsTheSelectionAsCsvSafeForSpreadsheets() throws Exception {
		entry("2026-06-01T08:00:00Z", "account.suspend", "account", "=HYPERLINK(\"http://evil.example\")",
				"Propos; \"injurieux\"\nrépétés");
		entry("2026-06-02T08:00:00Z", "moderation.dismiss-reports", "report", "@SUM(A1)", "-2+3");
		entry("2026-06-03T08:00:00Z", "theme.rename", "theme", "+33 6 12 34 56 78", "Normal");
		MvcResult result = this.mvc
			.perform(get("/admin/journal.csv").with(this.admin.login()).param("acteur", Long.toString(this.actor)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"journal-cafeia-" + LocalDate.now(AuditJournal.PARIS) + ".csv\""))
			.andReturn();
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		String[] lines = csv.split("\r\n");
		assertThat(lines[0]).isEqualTo("Date (heure de Paris);Auteur;N° de compte de l'auteur;Code de l'action;"
				+ "Action;Type de cible;Identifiant de la cible;Cible;Motif");
		assertThat(lines).hasSize(4);
		assertThat(lines[1]).isEqualTo("2026-06-03 10:00:00;Mina Modératrice;" + this.actor
				+ ";theme.rename;Thématique renommée;theme;1;'+33 6 12 34 56 78;Normal");
		assertThat(lines[2]).isEqualTo("2026-06-02 10:00:00;Mina Modératrice;" + this.actor
				+ ";moderation.dismiss-reports;Signalements classés sans suite;report;1;'@SUM(A1);'-2+3");
		assertThat(lines[3]).isEqualTo("2026-06-01 10:00:00;Mina Modératrice;" + this.actor
				+ ";account.suspend;Compte suspendu;account;1;\"'=HYPERLINK(\"\"http://evil.example\"\")\";"
				+ "\"Propos; \"\"injurieux\"\"\nrépétés\"");
	}

	@Test
	void offersTheKnownActionsAndTheActorsInTheFilters() throws Exception {
		entry("2026-05-01T10:00:00Z", "moderation.approve", "event", "Café du jeudi", null);
		this.mvc.perform(get("/admin/journal").with(this.admin.login()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"account.second-factor.reset\">")))
			.andExpect(content().string(containsString(
					"<option value=\"" + this.actor + "\">Mina Modératrice (n° " + this.actor + ")</option>")))
			.andExpect(content().string(containsString("<option value=\"event\">Café</option>")));
	}

	private void entry(String at, String action, String targetType, String targetLabel, String reason) {
		this.jdbc.sql("""
				INSERT INTO audit_log (at, actor_id, actor_name, action, target_type, target_id, target_label, reason)
				VALUES (:at, :actor, 'Mina Modératrice', :action, :targetType, '1', :targetLabel, :reason)
				""")
			.param("at", OffsetDateTime.ofInstant(Instant.parse(at), ZoneOffset.UTC))
			.param("actor", this.actor)
			.param("action", action)
			.param("targetType", targetType)
			.param("targetLabel", targetLabel)
			.param("reason", reason)
			.update();
	}

	/**
	 * The journal restricted to this test's actor, with more parameters.
	 */
	private MvcResult request(String... parameters) throws Exception {
		var request = get("/admin/journal").with(this.admin.login()).param("acteur", Long.toString(this.actor));
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn();
	}

	private MvcResult search(String... parameters) throws Exception {
		return request(parameters);
	}

	@SuppressWarnings("unchecked")
	private static Page<JournalLine> lines(MvcResult result) {
		return (Page<JournalLine>) result.getModelAndView().getModel().get("lines");
	}

	private static List<String> labels(MvcResult result) {
		return lines(result).getContent().stream().map(JournalLine::targetLabel).toList();
	}

	private static String token() {
		return UUID.randomUUID().toString().replace("-", "").replaceAll("\\d", "");
	}

}
