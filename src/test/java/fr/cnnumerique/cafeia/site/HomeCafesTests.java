package fr.cnnumerique.cafeia.site;

import java.time.Duration;
import java.util.UUID;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The cafés on the home page, on the shared test database: places far from the other
 * tests' cafés, and figures compared before and after.
 */
@IntegrationTest
class HomeCafesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listsTheNextCafesNearThePlaceInTheAddress() throws Exception {
		// Ajaccio: no other test holds cafés in Corsica
		long ajaccio = new TestEvent().title("Café à Ajaccio").at(41.93, 8.74, "Ajaccio").insert(this.jdbc);
		long later = new TestEvent().title("Café plus tard à Ajaccio")
			.at(41.92, 8.73, "Ajaccio")
			.startsIn(Duration.ofDays(9))
			.insert(this.jdbc);
		new TestEvent().title("Café annulé à Ajaccio")
			.at(41.92, 8.73, "Ajaccio")
			.status(EventStatus.CANCELLED)
			.insert(this.jdbc);
		long quimper = new TestEvent().title("Café à Quimper").insert(this.jdbc);

		Document home = page("/?lieu=Ajaccio");
		assertThat(home.select("#next-cafes-heading").text()).contains("Ajaccio");
		assertThat(home.select(".cafe-list a").eachAttr("href"))
			.containsExactly("/cafes/" + ajaccio + "-cafe-a-ajaccio", "/cafes/" + later + "-cafe-plus-tard-a-ajaccio");
		assertThat(home.select(".cafe-list a").eachAttr("href"))
			.doesNotContain("/cafes/" + quimper + "-cafe-a-quimper");
		assertThat(home.select("#lieu").val()).isEqualTo("Ajaccio");
		assertThat(home.select("a[href=#lieu]")).hasSize(1);
		assertThat(home.select("a[href=/cafes?lieu=Ajaccio]")).hasSize(1);
	}

	@Test
	void saysWhenNothingIsPlannedNearbyAndWhenThePlaceIsUnknown() throws Exception {
		Document bastia = page("/?lieu=Bastia");
		assertThat(bastia.select(".cafe-list")).isEmpty();
		assertThat(bastia.select(".next-cafes").text()).contains("Aucun café IA n’est prévu près de cette commune");

		Document unknown = page("/?lieu=Xyzzyville-sur-Rien");
		assertThat(unknown.select(".next-cafes").text()).contains("Nous ne connaissons pas « Xyzzyville-sur-Rien »");
		assertThat(unknown.select("#next-cafes-heading").text()).isEqualTo("Les prochains cafés IA");
	}

	@Test
	void featuresTheNextNationalOnlineSessions() throws Exception {
		long ressources = new TestEvent().title("Café ressources du mercredi")
			.online()
			.startsIn(Duration.ofMinutes(30))
			.insert(this.jdbc);
		long animations = new TestEvent().title("Café animations du jeudi")
			.online()
			.startsIn(Duration.ofMinutes(40))
			.insert(this.jdbc);
		this.jdbc.sql("UPDATE event SET kind = 'CAFE_RESSOURCES' WHERE id = ?").param(ressources).update();
		this.jdbc.sql("UPDATE event SET kind = 'CAFE_ANIMATIONS' WHERE id = ?").param(animations).update();

		Document home = page("/");
		assertThat(home.select(".national a").eachAttr("href")).containsExactly(
				"/cafes/" + ressources + "-cafe-ressources-du-mercredi",
				"/cafes/" + animations + "-cafe-animations-du-jeudi");
		assertThat(home.select(".national a").first().text()).startsWith("Prochain rendez-vous : ");
		assertThat(home.select(".cafe-list a").eachAttr("href"))
			.doesNotContain("/cafes/" + ressources + "-cafe-ressources-du-mercredi");
	}

	@Test
	void countsCafesCommunesAndDepartements() throws Exception {
		long[] before = figures();
		String unique = UUID.randomUUID().toString().substring(0, 5);
		for (int i = 0; i < 2; i++) {
			long id = new TestEvent().title("Café compté " + i).insert(this.jdbc);
			this.jdbc.sql("UPDATE event SET insee_code = :insee, departement_code = :dep WHERE id = :id")
				.param("insee", "T" + unique + i)
				.param("dep", "T" + unique)
				.param("id", id)
				.update();
		}
		new TestEvent().title("Café annulé, pas compté").status(EventStatus.CANCELLED).insert(this.jdbc);
		new TestEvent().title("Brouillon, pas compté").status(EventStatus.DRAFT).insert(this.jdbc);
		long[] after = figures();
		assertThat(after[0] - before[0]).isEqualTo(2);
		assertThat(after[1] - before[1]).isEqualTo(2);
		assertThat(after[2] - before[2]).isEqualTo(1);
	}

	@Test
	void showsTheHomePageInAFixedNumberOfStatements() throws Exception {
		for (int i = 0; i < 6; i++) {
			new TestEvent().title("Café nombreux " + i).insert(this.jdbc);
		}
		StatementCounter.reset();
		page("/?lieu=Quimper");
		// the commune (at most two look-ups), the cafés near it, two national sessions,
		// the figures
		assertThat(StatementCounter.count()).isLessThanOrEqualTo(6);
	}

	private long[] figures() throws Exception {
		Document home = page("/");
		return new long[] { number(home, ".figure-upcoming"), number(home, ".figure-communes"),
				number(home, ".figure-departements") };
	}

	private static long number(Document home, String selector) {
		String digits = home.select(selector).text().replaceAll("\\D", "");
		return digits.isEmpty() ? 0 : Long.parseLong(digits);
	}

	private Document page(String url) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(java.net.URI.create(url)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
