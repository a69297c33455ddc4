package fr.cnnumerique.cafeia.registrations.facilitator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import fr.cnnumerique.cafeia.accounts.Role;
import fr.cnnumerique.cafeia.events.TestEvent;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StaffLogin;
import fr.cnnumerique.cafeia.support.StaffLogin.Staff;
import fr.cnnumerique.cafeia.support.StatementCounter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The page of a café's registrants and its CSV export: only the café's facilitators see
 * the people, lists and figures match the registrations, erased data leaves the figures.
 */
@IntegrationTest
class RegistrantsPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	StaffLogin logins;

	RegistrantsFixture registrations;

	@BeforeEach
	void setUp() {
		this.logins = new StaffLogin(this.context);
		this.registrations = new RegistrantsFixture(this.jdbc);
	}

	@Test
	void onlyTheCafesFacilitatorsSeeItsRegistrants() throws Exception {
		Staff organiser = this.logins.create("Olga Organisatrice", Role.FACILITATOR);
		Staff partner = this.logins.create("Paul Coanimateur", Role.FACILITATOR);
		Staff stranger = this.logins.create("Sam Autre", Role.FACILITATOR);
		long event = new TestEvent().organiser(organiser.id()).portalRegistration(10).insert(this.jdbc);
		long other = new TestEvent().organiser(stranger.id()).portalRegistration(10).insert(this.jdbc);
		this.registrations.coFacilitator(event, partner.id());
		String email = RegistrantsFixture.uniqueEmail("camille");
		this.registrations.register(event, "CONFIRMED", "Camille", email, 1, null);
		String path = "/espace/cafes/" + event + "/inscrits";

		assertThat(page(path, organiser).text()).contains("Camille", email);
		assertThat(page(path, partner).text()).contains("Camille", email);
		this.mvc.perform(get(path).with(stranger.login())).andExpect(status().isNotFound());
		this.mvc.perform(get(path + ".csv").with(stranger.login())).andExpect(status().isNotFound());
		this.mvc.perform(get("/espace/cafes/" + other + "/inscrits").with(organiser.login()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/espace/cafes/987654321/inscrits").with(organiser.login()))
			.andExpect(status().isNotFound());
	}

	@Test
	void staffWhoDoNotRunTheCafeSeeTheFiguresOnly() throws Exception {
		Staff organiser = this.logins.create("Olga Organisatrice", Role.FACILITATOR);
		Staff moderator = this.logins.create("Mona Modératrice", Role.MODERATOR);
		long event = new TestEvent().organiser(organiser.id()).portalRegistration(10).insert(this.jdbc);
		String email = RegistrantsFixture.uniqueEmail("camille");
		this.registrations.register(event, "CONFIRMED", "Camille", email, 3, null);
		String path = "/espace/cafes/" + event + "/inscrits";

		Document page = page(path, moderator);
		assertThat(page.text()).doesNotContain(email).doesNotContain("Camille").contains("3 sur 10");
		assertThat(page.select("table")).isEmpty();
		assertThat(page.select("form[action*=inscrits]")).isEmpty();
		this.mvc.perform(get(path + ".csv").with(moderator.login())).andExpect(status().isNotFound());
	}

	@Test
	void listsAndCountsFollowTheRegistrations() throws Exception {
		Staff organiser = this.logins.create("Olga Organisatrice", Role.FACILITATOR);
		long event = new TestEvent().organiser(organiser.id()).portalRegistration(4).insert(this.jdbc);
		String path = "/espace/cafes/" + event + "/inscrits";
		Document empty = page(path, organiser);
		assertThat(empty.text()).contains("Aucune inscription confirmée pour le moment.")
			.contains("Personne n’est en liste d’attente.")
			.contains("0 sur 4");

		Instant start = Instant.now().minus(Duration.ofHours(1));
		this.registrations.register(event, "CONFIRMED", "Alice", RegistrantsFixture.uniqueEmail("alice"), 2,
				"Fauteuil roulant", start);
		this.registrations.register(event, "CONFIRMED", "Bruno", RegistrantsFixture.uniqueEmail("bruno"), 1, null,
				start.plusSeconds(60));
		this.registrations.register(event, "WAITING", "Chloé", RegistrantsFixture.uniqueEmail("chloe"), 2, null,
				start.plusSeconds(120));
		String cancelled = RegistrantsFixture.uniqueEmail("denis");
		this.registrations.register(event, "CANCELLED", "Denis", cancelled, 1, null, start.plusSeconds(180));

		Document page = page(path, organiser);
		assertThat(page.select("dl.registrant-counts dd").eachText()).containsExactly("3 sur 4", "2",
				"1 (2 places demandées)", "1");
		assertThat(page.select("section[aria-labelledby=confirmed-heading] tbody tr th").eachText())
			.containsExactly("Alice", "Bruno");
		assertThat(page.select("section[aria-labelledby=waiting-heading] tbody tr th").eachText())
			.containsExactly("Chloé");
		assertThat(page.select("section[aria-labelledby=confirmed-heading] tbody tr").first().text())
			.contains("Fauteuil roulant");
		assertThat(page.select("table caption")).hasSize(2);
		assertThat(page.select("th[scope=col]")).isNotEmpty();
		assertThat(page.text()).doesNotContain(cancelled);
		assertThat(page.select("a[href$=inscrits.csv]")).isNotEmpty();
	}

	@Test
	void erasedPersonalDataLeavesTheFiguresOnly() throws Exception {
		Staff organiser = this.logins.create("Olga Organisatrice", Role.FACILITATOR);
		long event = new TestEvent().organiser(organiser.id())
			.portalRegistration(10)
			.startsIn(Duration.ofDays(-100))
			.insert(this.jdbc);
		String email = RegistrantsFixture.uniqueEmail("ancien");
		long first = this.registrations.register(event, "CONFIRMED", "Ancien", email, 2, null);
		long second = this.registrations.register(event, "WAITING", "Autre", RegistrantsFixture.uniqueEmail("x"), 1,
				null);
		this.registrations.erase(first);
		this.registrations.erase(second);

		Document page = page("/espace/cafes/" + event + "/inscrits", organiser);
		assertThat(page.text()).contains("Données effacées").contains("2 inscriptions ont").doesNotContain(email);
		assertThat(page.select("table")).isEmpty();
		assertThat(page.select("dl.registrant-counts dd").eachText()).startsWith("2 sur 10", "1");
	}

	@Test
	void exportsAGuardedCsvForSpreadsheets() throws Exception {
		Staff organiser = this.logins.create("Olga Organisatrice", Role.FACILITATOR);
		long event = new TestEvent().organiser(organiser.id()).portalRegistration(10).insert(this.jdbc);
		String alice = RegistrantsFixture.uniqueEmail("alice");
		String attacker = RegistrantsFixture.uniqueEmail("formule");
		String waiting = RegistrantsFixture.uniqueEmail("chloe");
		Instant start = Instant.parse("2026-06-01T08:00:00Z");
		this.registrations.register(event, "WAITING", "Chloé", waiting, 1, null, start);
		this.registrations.register(event, "CONFIRMED", "Alice", alice, 2, "Boucle magnétique; merci", start);
		this.registrations.register(event, "CONFIRMED", "=HYPERLINK(\"http://x\")", attacker, 1, "@SUM(A1)", start);
		this.registrations.register(event, "CANCELLED", "Denis", RegistrantsFixture.uniqueEmail("denis"), 1, null,
				start);

		byte[] body = this.mvc.perform(get("/espace/cafes/" + event + "/inscrits.csv").with(organiser.login()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(
					header().string("Content-Disposition", "attachment; filename=\"inscrits-cafe-" + event + ".csv\""))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String csv = new String(body, StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF");
		assertThat(csv.substring(1).split("\r\n")).containsExactly(
				"statut;prénom;e-mail;places;besoins;inscrit le;présent",
				"confirmée;Alice;" + alice + ";2;\"Boucle magnétique; merci\";2026-06-01 10:00;",
				"confirmée;\"'=HYPERLINK(\"\"http://x\"\")\";" + attacker + ";1;'@SUM(A1);2026-06-01 10:00;",
				"en attente;Chloé;" + waiting + ";1;;2026-06-01 10:00;");
	}

	@Test
	void fiveHundredRegistrantsFitOnOnePageForAFixedNumberOfStatements() throws Exception {
		Staff organiser = this.logins.create("Olga Organisatrice", Role.FACILITATOR);
		long event = new TestEvent().organiser(organiser.id()).portalRegistration(600).insert(this.jdbc);
		this.jdbc.sql("INSERT INTO registration_event (event_id) VALUES (?)").param(event).update();
		this.jdbc.sql("""
				INSERT INTO registration (event_id, token, first_name, email, places, status)
				SELECT ?, 'tok' || lpad(n::text, 29, '0') || substr(md5(random()::text), 1, 8), 'Inscrit ' || n,
				    'inscrit-' || n || '-' || ? || '@example.org', 1, 'CONFIRMED'
				FROM generate_series(1, 500) AS n
				""").params(event, event).update();

		long small = new TestEvent().organiser(organiser.id()).portalRegistration(600).insert(this.jdbc);
		this.registrations.register(small, "CONFIRMED", "Seule", RegistrantsFixture.uniqueEmail("seule"), 1, null);
		page("/espace/cafes/" + small + "/inscrits", organiser);
		StatementCounter.reset();
		page("/espace/cafes/" + small + "/inscrits", organiser);
		int statementsForOne = StatementCounter.count();

		StatementCounter.reset();
		Document page = page("/espace/cafes/" + event + "/inscrits", organiser);
		assertThat(StatementCounter.count()).isEqualTo(statementsForOne);
		assertThat(page.select("section[aria-labelledby=confirmed-heading] tbody tr")).hasSize(500);
		assertThat(page.select("dl.registrant-counts dd").first().text()).isEqualTo("500 sur 600");
	}

	private Document page(String path, Staff who) throws Exception {
		String html = this.mvc.perform(get(path).with(who.login()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

}
