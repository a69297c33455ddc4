package fr.cnnumerique.cafeia.events.search;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import fr.cnnumerique.cafeia.events.EventStatus;
import fr.cnnumerique.cafeia.events.TestEvent;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StatementCounter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The public list {@code /cafes} on the real database, read as a visitor would: filters,
 * order, radius, online cafés apart, the empty state, and French messages with a 400 for
 * what cannot be understood.
 */
@IntegrationTest
class EventSearchPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listsNearestThenSoonestWithDistanceAndSaysWhatWasSearched() throws Exception {
		String word = word();
		long later = new TestEvent().title("Café " + word + " centre tard")
			.at(47.996, -4.102, "Quimper")
			.startsIn(Duration.ofDays(20))
			.insert(this.jdbc);
		long sooner = new TestEvent().title("Café " + word + " centre tôt")
			.at(47.997, -4.101, "Quimper")
			.startsIn(Duration.ofDays(2))
			.insert(this.jdbc);
		long further = new TestEvent().title("Café " + word + " Douarnenez")
			.at(48.093, -4.330, "Douarnenez")
			.startsIn(Duration.ofDays(1))
			.insert(this.jdbc);
		long brest = new TestEvent().title("Café " + word + " Brest")
			.at(48.390, -4.486, "Brest")
			.startsIn(Duration.ofDays(1))
			.insert(this.jdbc);

		Document page = page("/cafes?lieu=29000&q=" + word, 200);
		assertThat(page.title()).isEqualTo("Cafés IA près de Quimper (29000)");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Cafés IA près de Quimper (29000)");
		assertThat(ids(page, "#results-heading")).containsExactly(sooner, later, further);
		Element douarnenez = card(page, further);
		assertThat(douarnenez.text()).contains("Médiathèque de Douarnenez, Douarnenez").containsPattern("à 2\\d km");
		assertThat(douarnenez.selectFirst("time").attr("datetime")).matches("\\d{4}-\\d\\d-\\d\\dT.*[+-]\\d\\d:\\d\\d");
		assertThat(ids(page("/cafes?lieu=Quimper&rayon=100&q=" + word, 200), "#results-heading"))
			.containsExactly(sooner, later, further, brest);
		assertThat(ids(page("/cafes?lieu=Quimper&rayon=5&q=" + word, 200), "#results-heading")).containsExactly(sooner,
				later);
		Document near = page("/cafes?lat=47.996&lon=-4.102&rayon=5&q=" + word, 200);
		assertThat(ids(near, "#results-heading")).containsExactly(sooner, later);
		assertThat(near.select("input[type=hidden][name=lat]").attr("value")).isEqualTo("47.996");
	}

	@Test
	void writesTheDateInFrenchInTheCafesTimeZone() throws Exception {
		String word = word();
		// 12:30 UTC in winter is 13:30 in Paris
		long id = new TestEvent().title("Café " + word)
			.startsAt(Instant.parse("2098-03-05T12:30:00Z"))
			.insert(this.jdbc);
		Element card = card(page("/cafes?q=" + word, 200), id);
		assertThat(card.selectFirst("time").text()).isEqualTo("mercredi 5 mars 2098, 13 h 30 – 15 h");
		assertThat(card.selectFirst("h3 a").attr("href")).isEqualTo("/cafes/" + id + "-cafe-" + word);
		assertThat(card.text()).contains("Sur place").doesNotContain("Annulé").doesNotContain("Café IA ");
	}

	@Test
	void showsCancelledCafesKindsAndPlacesLeft() throws Exception {
		String word = word();
		long cancelled = new TestEvent().title("Café " + word + " annulé")
			.status(EventStatus.CANCELLED)
			.insert(this.jdbc);
		long counted = new TestEvent().title("Café " + word + " compté")
			.portalRegistration(15)
			.startsIn(Duration.ofDays(3))
			.insert(this.jdbc);
		Document page = page("/cafes?q=" + word, 200);
		assertThat(card(page, cancelled).selectFirst("h3").text()).startsWith("Annulé");
		assertThat(card(page, counted).text()).contains("15 places restantes");
		this.jdbc.sql("UPDATE event SET kind = 'CAFE_RESSOURCES' WHERE id = ?").param(counted).update();
		assertThat(card(page("/cafes?q=" + word, 200), counted).text()).contains("Café ressources");
	}

	@Test
	void filtersByEachCriterion() throws Exception {
		String word = word();
		long work = new TestEvent().title("Éthique " + word)
			.theme("ia-et-travail")
			.audience("jeunes")
			.startsAt(Instant.parse("2099-03-10T17:00:00Z"))
			.insert(this.jdbc);
		long hybrid = new TestEvent().title("Santé " + word)
			.hybrid()
			.theme("ia-et-sante")
			.startsAt(Instant.parse("2099-03-20T17:00:00Z"))
			.insert(this.jdbc);
		long online = new TestEvent().title("Visio " + word)
			.online()
			.startsAt(Instant.parse("2099-03-25T17:00:00Z"))
			.insert(this.jdbc);
		assertThat(ids(page("/cafes?q=" + word, 200), "#results-heading")).containsExactly(work, hybrid, online);
		assertThat(ids(page("/cafes?theme=ia-et-travail&q=" + word, 200), "#results-heading")).containsExactly(work);
		assertThat(ids(page("/cafes?public=jeunes&q=" + word, 200), "#results-heading")).containsExactly(work);
		assertThat(ids(page("/cafes?format=hybride&q=" + word, 200), "#results-heading")).containsExactly(hybrid);
		assertThat(ids(page("/cafes?format=en-ligne&q=" + word, 200), "#results-heading")).containsExactly(online);
		assertThat(ids(page("/cafes?format=presentiel&q=" + word, 200), "#results-heading")).containsExactly(work);
		assertThat(ids(page("/cafes?du=2099-03-15&q=" + word, 200), "#results-heading")).containsExactly(hybrid,
				online);
		assertThat(ids(page("/cafes?au=2099-03-10&q=" + word, 200), "#results-heading")).containsExactly(work);
		assertThat(ids(page("/cafes?q=ethique+" + word, 200), "#results-heading")).containsExactly(work);
		Document filtered = page("/cafes?theme=ia-et-travail&format=hybride&rayon=50&q=" + word, 200);
		assertThat(filtered.select("#theme option[selected]").attr("value")).isEqualTo("ia-et-travail");
		assertThat(filtered.select("#format option[selected]").attr("value")).isEqualTo("hybride");
		assertThat(filtered.select("#format option[selected]").text()).isEqualTo("Sur place et en ligne");
		assertThat(filtered.select("#public option").size()).isGreaterThan(1);
	}

	@Test
	void listsOnlineCafesApartAroundAPlace() throws Exception {
		String word = word();
		long here = new TestEvent().title("Café " + word).insert(this.jdbc);
		long online = new TestEvent().title("Visio " + word).online().insert(this.jdbc);
		long hybrid = new TestEvent().title("Hybride " + word)
			.hybrid()
			.at(43.6, 1.44, "Toulouse")
			.startsIn(Duration.ofDays(2))
			.insert(this.jdbc);
		Document page = page("/cafes?lieu=Quimper&q=" + word, 200);
		assertThat(ids(page, "#results-heading")).containsExactly(here);
		assertThat(page.selectFirst("#online-heading").text()).isEqualTo("En ligne, accessibles de partout");
		assertThat(ids(page, "#online-heading")).containsExactly(online, hybrid);
		assertThat(page("/cafes?q=" + word, 200).select("#online-heading")).isEmpty();
	}

	@Test
	void suggestsAWiderRadiusAndTheOnlineCafesWhenNothingIsNear() throws Exception {
		String word = word();
		new TestEvent().title("Café " + word).at(48.093, -4.330, "Douarnenez").insert(this.jdbc);
		long online = new TestEvent().title("Visio " + word).online().insert(this.jdbc);
		Document page = page("/cafes?lieu=Quimper&rayon=10&q=" + word, 200);
		assertThat(page.selectFirst(".empty-state").text()).contains("Aucun café à venir à moins de 10 km");
		Element wider = page.selectFirst(".empty-state a");
		assertThat(wider.text()).isEqualTo("Chercher jusqu’à 30 km");
		assertThat(wider.attr("href")).contains("rayon=30").contains("lieu=Quimper").contains("q=" + word);
		assertThat(ids(page, "#online-heading")).containsExactly(online);
		assertThat(ids(page(wider.attr("href"), 200), "#results-heading")).hasSize(1);
	}

	@Test
	void answersBadParametersWithTheFormAndFrenchMessages() throws Exception {
		assertError("/cafes?rayon=7", "rayon", "Choisissez une distance parmi 5, 10, 30, 50 ou 100 km.");
		assertError("/cafes?rayon=abc", "rayon", "Choisissez une distance");
		assertError("/cafes?du=31/02/2027", "du", "Cette date n’est pas valide.");
		assertError("/cafes?du=2027-05-02&au=2027-05-01", "au", "La date de fin doit être après la date de début.");
		assertError("/cafes?format=fusee", "format", "Choisissez un format");
		assertError("/cafes?theme=inconnu", "theme", "Cette thématique n’existe pas.");
		assertError("/cafes?public=martiens", "public", "Ce public n’existe pas.");
		assertError("/cafes?lat=abc&lon=2", "lieu", "Votre position n’a pas pu être lue.");
		assertError("/cafes?lat=91&lon=2", "lieu", "Votre position n’a pas pu être lue.");
		assertError("/cafes?q=" + "a".repeat(150), "q", "Votre recherche est trop longue");
	}

	@Test
	void suggestsCommunesForAnUnknownOne() throws Exception {
		// the beginning of a postal code names no commune, but suggests those it starts
		Document page = page("/cafes?lieu=290&rayon=7&format=hybride", 400);
		assertThat(page.selectFirst("#lieu-error").text()).contains("Nous ne connaissons pas cette commune");
		assertThat(page.select("#lieu").attr("aria-describedby")).contains("lieu-error");
		Element suggestion = page.selectFirst("#lieu-error a");
		assertThat(suggestion.text()).matches(".+ \\(290\\d\\d\\)");
		// the suggestion keeps what was understood, and drops what was not
		assertThat(suggestion.attr("href")).contains("format=hybride").doesNotContain("rayon");
		Document followed = page(suggestion.attr("href"), 200);
		assertThat(followed.selectFirst("h1").text()).isEqualTo("Cafés IA près de " + suggestion.text());
	}

	@Test
	void linksTheFeedsAndTheMapWithTheSameFilters() throws Exception {
		Document page = page("/cafes?lieu=Quimper&rayon=50&format=hybride", 200);
		assertThat(page.select("a[href^=/cafes.ics]").attr("href"))
			.isEqualTo("/cafes.ics?lieu=Quimper&rayon=50&format=hybride");
		assertThat(page.select("a[href^=/cafes.csv]").attr("href"))
			.isEqualTo("/cafes.csv?lieu=Quimper&rayon=50&format=hybride");
		assertThat(page.select("a[href^=/cafes.geojson]").attr("href"))
			.isEqualTo("/cafes.geojson?lieu=Quimper&rayon=50&format=hybride");
		Element toggle = page.selectFirst("#cafe-map-toggle");
		assertThat(toggle.text()).isEqualTo("Voir la carte");
		assertThat(toggle.attr("href")).isEqualTo("/cafes?lieu=Quimper&rayon=50&format=hybride&carte=1");
		assertThat(page.selectFirst("#cafe-map-area").hasAttr("hidden")).isTrue();
		assertThat(page.selectFirst("#near-me").hasAttr("hidden")).isTrue();
		Document withMap = page(toggle.attr("href"), 200);
		assertThat(withMap.selectFirst("#cafe-map-area").hasAttr("hidden")).isFalse();
		assertThat(withMap.selectFirst("#cafe-map").attr("aria-label")).isNotBlank();
		assertThat(withMap.selectFirst("#cafe-map").attr("data-geojson"))
			.isEqualTo("/cafes.geojson?lieu=Quimper&rayon=50&format=hybride");
		assertThat(withMap.selectFirst("#cafe-map-toggle").text()).isEqualTo("Masquer la carte");
	}

	@Test
	void readsAPageInAFixedNumberOfStatements() throws Exception {
		String word = word();
		new TestEvent().title("Café " + word).theme("ia-et-travail").portalRegistration(20).insert(this.jdbc);
		page("/cafes?lieu=Quimper&q=" + word, 200);
		StatementCounter.reset();
		page("/cafes?lieu=Quimper&theme=ia-et-travail&q=" + word, 200);
		int few = StatementCounter.count();
		for (int i = 0; i < 25; i++) {
			new TestEvent().title("Café " + word + " " + i)
				.theme("ia-et-travail")
				.portalRegistration(20)
				.insert(this.jdbc);
			new TestEvent().title("Visio " + word + " " + i).theme("ia-et-travail").online().insert(this.jdbc);
		}
		StatementCounter.reset();
		Document page = page("/cafes?lieu=Quimper&theme=ia-et-travail&q=" + word, 200);
		assertThat(page.select("#results-heading ~ ol > li")).hasSize(20);
		assertThat(StatementCounter.count()).isEqualTo(few).isLessThanOrEqualTo(8);
	}

	private void assertError(String url, String field, String message) throws Exception {
		Document page = page(url, 400);
		assertThat(page.select(".error-summary a[href=#" + field + "]").text()).as(url).contains(message);
		Element error = page.getElementById(field + "-error");
		assertThat(error).as(url).isNotNull();
		assertThat(error.text()).contains(message);
		assertThat(page.getElementById(field).attr("aria-describedby")).contains(field + "-error");
		assertThat(page.select("#results-heading")).isEmpty();
	}

	private Document page(String url, int status) throws Exception {
		MvcResult result = this.mvc.perform(get(url)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(status);
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/** The ids of the cafés listed in the section under a heading. */
	private static List<Long> ids(Document page, String heading) {
		return page.select(heading + " ~ ol > li h3 a")
			.stream()
			.map((a) -> Long.parseLong(a.attr("href").replaceAll("^/cafes/(\\d+)-.*$", "$1")))
			.toList();
	}

	private static Element card(Document page, long id) {
		return page.selectFirst("a[href^=/cafes/" + id + "-]").closest("article");
	}

	static String word() {
		StringBuilder word = new StringBuilder("zq");
		for (int i = 0; i < 8; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

}
