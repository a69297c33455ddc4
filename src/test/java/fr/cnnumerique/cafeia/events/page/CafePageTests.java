package fr.cnnumerique.cafeia.events.page;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cnnumerique.cafeia.events.EventStatus;
import fr.cnnumerique.cafeia.events.TestEvent;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StatementCounter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The page of a café on the real database: what it shows, its canonical address, what the
 * public may not see, its structured data and the venue page that lists it.
 */
@IntegrationTest
class CafePageTests {

	static final String JOIN_URL = "https://visio.example.org/cafe-ia";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	final ObjectMapper json = new ObjectMapper();

	@Test
	void showsEverythingAboutACafe() throws Exception {
		long organiser = account("Camille Organisatrice");
		long coFacilitator = account("Dominique Coanimateur");
		long id = new TestEvent().title("L’IA et nous")
			.description("Nous parlerons **d’emplois**.\n\n<script>alert(1)</script>")
			.organiser(organiser)
			.theme("ia-et-travail")
			.startsAt(Instant.parse("2099-03-04T12:30:00Z"))
			.insert(this.jdbc);
		this.jdbc
			.sql("""
					UPDATE event SET co_facilitator_ids = ARRAY[CAST(:co AS bigint)], accessibility_notes = 'Boucle magnétique',
					    registration = 'EXTERNAL', registration_url = 'https://inscription.example.org/cafe'
					WHERE id = :id
					""")
			.param("co", coFacilitator)
			.param("id", id)
			.update();

		Document page = page("/cafes/" + id + "-l-ia-et-nous");
		assertThat(page.select("h1").text()).isEqualTo("L’IA et nous");
		assertThat(page.select("main").text()).contains("Café IA", "mercredi 4 mars 2099, de 13 h 30 à 15 h",
				"Sur place", "Médiathèque de Quimper", "1 rue de la Paix, 29000 Quimper", "Boucle magnétique",
				"Gratuit", "français", "Camille Organisatrice", "Dominique Coanimateur");
		assertThat(page.select(".description strong").text()).isEqualTo("d’emplois");
		assertThat(page.select(".description script")).isEmpty();
		assertThat(page.select("a[href=https://inscription.example.org/cafe]")).hasSize(1);
		assertThat(page.select("a[href=/cafes/" + id + ".ics]").text()).isEqualTo("Ajouter à mon agenda");
		assertThat(page.select(".report-link a").attr("href")).isEqualTo("/signaler?type=cafe&id=" + id);
		assertThat(page.select(".cancelled-banner, .past-banner")).isEmpty();
	}

	@Test
	void namesTheZoneOverseas() throws Exception {
		long id = new TestEvent().title("Café à Saint-Denis")
			.at(-20.88, 55.45, "Saint-Denis")
			.startsAt(Instant.parse("2099-03-04T10:00:00Z"))
			.insert(this.jdbc);
		this.jdbc.sql("UPDATE event SET time_zone = 'Indian/Reunion', departement_code = '974' WHERE id = ?")
			.param(id)
			.update();
		assertThat(page("/cafes/" + id + "-cafe-a-saint-denis").select("main").text())
			.contains("mercredi 4 mars 2099, de 14 h à 15 h 30", "(Heure de la Réunion)");
	}

	@Test
	void redirectsOtherAddressesToTheCanonicalOne() throws Exception {
		long id = new TestEvent().title("Café IA à Quimper").insert(this.jdbc);
		String canonical = "/cafes/" + id + "-cafe-ia-a-quimper";
		this.mvc.perform(get("/cafes/" + id))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", canonical));
		this.mvc.perform(get("/cafes/" + id + "-ancien-titre"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", canonical));
	}

	@Test
	void unknownAndUnpublishedCafesAreNotFound() throws Exception {
		long draft = new TestEvent().title("Brouillon").status(EventStatus.DRAFT).insert(this.jdbc);
		long submitted = new TestEvent().title("Soumis").status(EventStatus.SUBMITTED).insert(this.jdbc);
		this.mvc.perform(get("/cafes/" + draft + "-brouillon")).andExpect(status().isNotFound());
		this.mvc.perform(get("/cafes/" + draft)).andExpect(status().isNotFound());
		this.mvc.perform(get("/cafes/" + submitted + "-soumis")).andExpect(status().isNotFound());
		this.mvc.perform(get("/cafes/" + draft + ".ics")).andExpect(status().isNotFound());
		this.mvc.perform(get("/cafes/987654321-inconnu")).andExpect(status().isNotFound());
	}

	@Test
	void neverShowsTheJoiningLinkWhenRegistrationIsOnThePortal() throws Exception {
		long portal = new TestEvent().title("En ligne sur inscription")
			.online()
			.portalRegistration(20)
			.insert(this.jdbc);
		String html = html("/cafes/" + portal + "-en-ligne-sur-inscription");
		assertThat(html).doesNotContain(JOIN_URL).contains("20 places restantes", "Inscription sur ce site");
		JsonNode data = jsonLd(Jsoup.parse(html));
		assertThat(data.at("/location/@type").asText()).isEqualTo("VirtualLocation");
		assertThat(data.at("/location/url").isMissingNode()).isTrue();
		String calendar = this.mvc.perform(get("/cafes/" + portal + ".ics"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(calendar).contains("BEGIN:VEVENT").doesNotContain(JOIN_URL);

		long open = new TestEvent().title("En ligne sans inscription").online().insert(this.jdbc);
		Document page = page("/cafes/" + open + "-en-ligne-sans-inscription");
		assertThat(page.select("a.join-link").attr("href")).isEqualTo(JOIN_URL);
		assertThat(jsonLd(page).at("/location/url").asText()).isEqualTo(JOIN_URL);
	}

	@Test
	void describesTheCafeForSearchEnginesAndSocialNetworks() throws Exception {
		long id = new TestEvent().title("Café hybride").hybrid().insert(this.jdbc);
		Document page = page("/cafes/" + id + "-cafe-hybride");
		JsonNode data = jsonLd(page);
		assertThat(data.get("@type").asText()).isEqualTo("Event");
		assertThat(data.get("name").asText()).isEqualTo("Café hybride");
		assertThat(data.get("eventStatus").asText()).isEqualTo("https://schema.org/EventScheduled");
		assertThat(data.get("eventAttendanceMode").asText()).isEqualTo("https://schema.org/MixedEventAttendanceMode");
		assertThat(data.at("/location/0/@type").asText()).isEqualTo("Place");
		assertThat(data.at("/location/0/address/postalCode").asText()).isEqualTo("29000");
		assertThat(data.at("/location/0/geo/latitude").asDouble()).isEqualTo(48.0);
		assertThat(data.at("/location/1/@type").asText()).isEqualTo("VirtualLocation");
		assertThat(data.get("startDate").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?\\+0[12]:00");
		assertThat(data.get("isAccessibleForFree").asBoolean()).isTrue();
		assertThat(data.at("/offers/price").asText()).isEqualTo("0");
		assertThat(data.get("inLanguage").asText()).isEqualTo("fr");
		assertThat(data.get("url").asText()).isEqualTo("http://localhost:8080/cafes/" + id + "-cafe-hybride");
		assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("Café hybride");
		assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("website");
		assertThat(page.select("meta[property=og:url]").attr("content"))
			.isEqualTo("http://localhost:8080/cafes/" + id + "-cafe-hybride");
		assertThat(page.select("meta[property=og:description]").attr("content")).isNotBlank();
		assertThat(page.select("head title")).hasSize(1);
	}

	@Test
	void aCancelledCafeSaysSoAtTheTop() throws Exception {
		long id = new TestEvent().title("Café annulé").status(EventStatus.CANCELLED).insert(this.jdbc);
		this.jdbc.sql("UPDATE event SET cancellation_message = 'L’animatrice est malade.' WHERE id = ?")
			.param(id)
			.update();
		Document page = page("/cafes/" + id + "-cafe-annule");
		assertThat(page.select(".cancelled-banner").text()).contains("Ce café est annulé.", "L’animatrice est malade.");
		assertThat(jsonLd(page).get("eventStatus").asText()).isEqualTo("https://schema.org/EventCancelled");
	}

	@Test
	void aPastCafeSaysItIsOver() throws Exception {
		long id = new TestEvent().title("Café passé").startsIn(Duration.ofDays(-3)).insert(this.jdbc);
		assertThat(page("/cafes/" + id + "-cafe-passe").select(".past-banner").text()).contains("a eu lieu");
	}

	@Test
	void showsACafeInAFixedNumberOfStatements() throws Exception {
		long organiser = account("Compteuse");
		long id = new TestEvent().title("Café compté")
			.organiser(organiser)
			.theme("ia-et-travail")
			.audience("jeunes")
			.portalRegistration(10)
			.insert(this.jdbc);
		this.jdbc
			.sql("UPDATE event SET co_facilitator_ids = ARRAY[CAST(:a AS bigint), CAST(:b AS bigint)] WHERE id = :id")
			.param("a", account("Un"))
			.param("b", account("Deux"))
			.param("id", id)
			.update();
		StatementCounter.reset();
		page("/cafes/" + id + "-cafe-compte");
		// café, venue, accounts and their roles, profiles, themes, audiences, places
		// taken,
		// the sign-up section's state: none per facilitator
		assertThat(StatementCounter.count()).isLessThanOrEqualTo(9);
	}

	@Test
	void theVenuePageListsTheCafesHeldThere() throws Exception {
		String name = "Lieu " + UUID.randomUUID().toString().substring(0, 8);
		// far from the made-up venue of other test cafés
		long venue = this.jdbc.sql("""
				INSERT INTO venue (id, name, type, street, postal_code, insee_code, commune_name, latitude, longitude,
				    step_free, created_by)
				OVERRIDING SYSTEM VALUE
				VALUES (?, ?, 'mediatheque', '2 rue du Port', '29000', '29232', 'Quimper', 48.0, -4.1, true, 1)
				RETURNING id
				""")
			.params(ThreadLocalRandom.current().nextLong(1_000_000, 2_000_000_000), name)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				INSERT INTO venue_published (id, name, type, street, postal_code, insee_code, commune_name, latitude,
				    longitude, step_free, adapted_toilets, hearing_loop, other_access, ready_to_host, updated_at)
				SELECT id, name, type, street, postal_code, insee_code, commune_name, latitude, longitude, step_free,
				    adapted_toilets, hearing_loop, other_access, ready_to_host, now() FROM venue WHERE id = ?
				""").param(venue).update();
		long soon = new TestEvent().title("Bientôt au lieu").venue(venue).insert(this.jdbc);
		long later = new TestEvent().title("Plus tard au lieu")
			.venue(venue)
			.startsIn(Duration.ofDays(10))
			.insert(this.jdbc);
		new TestEvent().title("Passé au lieu").venue(venue).startsIn(Duration.ofDays(-10)).insert(this.jdbc);
		new TestEvent().title("Brouillon au lieu").venue(venue).status(EventStatus.DRAFT).insert(this.jdbc);

		String venuePath = this.mvc.perform(get("/annuaire/lieux/" + venue))
			.andExpect(status().isMovedPermanently())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Document venuePage = page(venuePath);
		assertThat(venuePage.select("section[aria-labelledby=upcoming-heading] a").eachAttr("href"))
			.containsExactly("/cafes/" + soon + "-bientot-au-lieu", "/cafes/" + later + "-plus-tard-au-lieu");

		Document cafePage = page("/cafes/" + soon + "-bientot-au-lieu");
		assertThat(cafePage.select(".venue a").attr("href")).startsWith("/annuaire/lieux/" + venue + "-");
		assertThat(cafePage.select(".venue-access").text()).contains("plain-pied");
	}

	private long account(String name) {
		return this.jdbc.sql("""
				INSERT INTO account (display_name, email, password_hash, email_verified_at, locale)
				VALUES (?, ?, 'x', now(), 'fr') RETURNING id
				""").params(name, "cafe-" + UUID.randomUUID() + "@exemple.fr").query(Long.class).single();
	}

	private String html(String url) throws Exception {
		return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private Document page(String url) throws Exception {
		return Jsoup.parse(html(url));
	}

	private JsonNode jsonLd(Document page) throws Exception {
		assertThat(page.select("head script[type=application/ld+json]")).hasSize(1);
		return this.json.readTree(page.select("head script[type=application/ld+json]").first().data());
	}

}
