package fr.cnnumerique.cafeia.feedback.participant;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.accounts.AccountsFixture;
import fr.cnnumerique.cafeia.events.EventStatus;
import fr.cnnumerique.cafeia.events.TestEvent;
import fr.cnnumerique.cafeia.shared.PublicFormGuard;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Participant feedback end to end: the facilitator's link, the public form and its
 * guards, and the aggregates the facilitators see.
 */
@IntegrationTest
class ParticipantFeedbackTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PublicFormGuard guard;

	AccountsFixture accounts;

	long organiserId;

	Cookie organiser;

	@BeforeEach
	void setUp() throws Exception {
		this.accounts = new AccountsFixture(this.mvc, this.jdbcTemplate);
		String email = AccountsFixture.uniqueEmail("avis-animatrice");
		this.organiserId = this.accounts.verifiedAccount("Avis Animatrice", email);
		this.organiser = this.accounts.login(email, AccountsFixture.PASSWORD);
	}

	@Test
	void answersAddUpToExactAggregatesWithoutComments() throws Exception {
		long cafe = new TestEvent().organiser(this.organiserId).startsIn(Duration.ofHours(-2)).insert(this.jdbc);
		String token = token(cafe);

		answer(token, "5", "oui", "Super café, écrivez-moi à jean.dupont@exemple.fr", "ia-et-travail", "ia-et-sante")
			.andExpect(redirectedUrl("/avis/" + token + "/merci"));
		answer(token, "4", "oui", null, "ia-et-travail").andExpect(redirectedUrl("/avis/" + token + "/merci"));
		answer(token, "4", "non", "Appelez-moi au 06 12 34 56 78").andExpect(status().isFound());
		answer(token, "2", "oui", null).andExpect(status().isFound());
		this.mvc.perform(get("/avis/" + token + "/merci"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Merci pour votre avis")));

		Document page = facilitatorPage(cafe, this.organiser);
		assertThat(page.getElementById("answer-count").text()).isEqualTo("4");
		assertThat(page.getElementById("average").text()).isEqualTo("3,8 sur 5");
		assertThat(page.getElementById("learned").text()).isEqualTo("75 % (3 réponses)");
		assertThat(page.select("#distribution tbody tr")).extracting((row) -> row.select("td").text())
			.containsExactly("0", "1", "0", "2", "1");
		assertThat(page.select("#themes tbody tr")).extracting((row) -> row.text())
			.containsExactly("IA et travail 2", "IA et santé 1");
		assertThat(page.select("svg.bar-chart rect")).hasSize(5);
		assertThat(page.text()).doesNotContain("Super café", "jean.dupont", "Appelez-moi");

		assertThat(this.jdbc
			.sql("SELECT comment_status || ':' || array_to_string(comment_flags, ',') FROM feedback_participant_answer "
					+ "WHERE event_id = ? AND comment IS NOT NULL ORDER BY id")
			.param(cafe)
			.query(String.class)
			.list()).containsExactly("PENDING:EMAIL", "PENDING:PHONE");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM feedback_participant_answer WHERE event_id = ? AND departement_code = '29' "
					+ "AND region_code = '53' AND event_date = "
					+ "((now() - interval '2 hours') AT TIME ZONE 'Europe/Paris')::date")
			.param(cafe)
			.query(Long.class)
			.single()).isEqualTo(4);
	}

	@Test
	void theFacilitatorPageGivesTheLinkAndAnAccessibleQrCodeAndAPrintablePoster() throws Exception {
		long cafe = new TestEvent().title("Café des avis").organiser(this.organiserId).insert(this.jdbc);
		Document page = facilitatorPage(cafe, this.organiser);
		String link = page.select(".poster-link a").attr("href");
		assertThat(link).matches("http://localhost:8080/avis/[A-Za-z0-9_-]{22}");
		assertThat(page.select("svg.qr-code[role=img]").attr("aria-label")).endsWith(link);
		assertThat(page.select("svg.qr-code path").attr("d")).startsWith("M");
		assertThat(page.text()).contains("Aucune réponse pour le moment.");
		assertThat(facilitatorPage(cafe, this.organiser).select(".poster-link a").attr("href"))
			.as("the token is created once")
			.isEqualTo(link);

		String poster = this.mvc.perform(get("/espace/cafes/" + cafe + "/avis/affiche").cookie(this.organiser))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document printable = Jsoup.parse(poster);
		assertThat(printable.select("main.poster h1").text()).isEqualTo("Donnez votre avis sur ce café IA");
		assertThat(printable.select("main.poster").text()).contains("Café des avis", link);
		assertThat(printable.select("main.poster svg.qr-code")).hasSize(1);
		assertThat(printable.select("main.poster .no-print a").attr("href"))
			.isEqualTo("/espace/cafes/" + cafe + "/avis");
	}

	@Test
	void onlyTheCafesFacilitatorsSeeItsFeedback() throws Exception {
		long cafe = new TestEvent().organiser(this.organiserId).startsIn(Duration.ofHours(-2)).insert(this.jdbc);
		String otherEmail = AccountsFixture.uniqueEmail("avis-autre");
		long otherId = this.accounts.verifiedAccount("Autre Animateur", otherEmail);
		Cookie other = this.accounts.login(otherEmail, AccountsFixture.PASSWORD);
		this.mvc.perform(get("/espace/cafes/" + cafe + "/avis").cookie(other)).andExpect(status().isNotFound());
		this.mvc.perform(get("/espace/cafes/" + cafe + "/avis/affiche").cookie(other)).andExpect(status().isNotFound());
		this.mvc.perform(get("/espace/cafes/987654321/avis").cookie(this.organiser)).andExpect(status().isNotFound());

		this.jdbc.sql("UPDATE event SET co_facilitator_ids = array_append(co_facilitator_ids, ?) WHERE id = ?")
			.params(otherId, cafe)
			.update();
		this.mvc.perform(get("/espace/cafes/" + cafe + "/avis").cookie(other)).andExpect(status().isOk());
		this.mvc.perform(get("/espace/cafes/" + cafe + "/avis")).andExpect(redirectedUrl("/connexion"));
	}

	@Test
	void aForgedTokenGetsAFrench404() throws Exception {
		for (String token : new String[] { "abcdefghijklmnopqrstuv", "x", "abc.def" }) {
			this.mvc.perform(get("/avis/" + token))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("Lien d’avis introuvable")));
		}
		this.mvc.perform(
				post("/avis/abcdefghijklmnopqrstuv").with(csrf()).param("satisfaction", "5").param("learned", "oui"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/avis/abcdefghijklmnopqrstuv/merci")).andExpect(status().isNotFound());
	}

	@Test
	void theFormIsOpenFromTheStartUntilTheConfiguredDaysAfterTheEnd() throws Exception {
		long future = new TestEvent().organiser(this.organiserId).startsIn(Duration.ofHours(3)).insert(this.jdbc);
		String early = token(future);
		this.mvc.perform(get("/avis/" + early))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Il est encore trop tôt pour donner votre avis")));
		answer(early, "5", "oui", null).andExpect(status().isConflict());

		long old = new TestEvent().organiser(this.organiserId).startsIn(Duration.ofDays(-31)).insert(this.jdbc);
		String late = token(old);
		this.mvc.perform(get("/avis/" + late))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Les avis sur ce café sont fermés")));
		answer(late, "5", "oui", null).andExpect(status().isConflict());

		long recent = new TestEvent().organiser(this.organiserId).startsIn(Duration.ofDays(-29)).insert(this.jdbc);
		answer(token(recent), "5", "oui", null).andExpect(status().isFound());

		long cancelled = new TestEvent().organiser(this.organiserId)
			.startsIn(Duration.ofHours(-2))
			.status(EventStatus.CANCELLED)
			.insert(this.jdbc);
		answer(token(cancelled), "5", "oui", null).andExpect(status().isConflict());
		assertThat(answers(future) + answers(old) + answers(cancelled)).isZero();
		assertThat(answers(recent)).isOne();
	}

	@Test
	void badAnswersComeBackWithFrenchMessagesAndNothingIsStored() throws Exception {
		long cafe = new TestEvent().organiser(this.organiserId).startsIn(Duration.ofHours(-2)).insert(this.jdbc);
		String token = token(cafe);
		for (String satisfaction : new String[] { "0", "6", "", "beaucoup" }) {
			String body = answer(token, satisfaction, "oui", null).andExpect(status().isBadRequest())
				.andReturn()
				.getResponse()
				.getContentAsString();
			Document page = Jsoup.parse(body);
			assertThat(page.getElementById("satisfaction-error").text()).isEqualTo("Choisissez une note de 1 à 5.");
			assertThat(page.select("fieldset[aria-describedby=satisfaction-error] legend")).hasSize(1);
		}
		answer(token, "3", "peut-être", null).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Répondez oui ou non.")));
		answer(token, "3", "oui", "a".repeat(501)).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Le commentaire dépasse 500 caractères")));
		answer(token, "3", "oui", null, "pas-un-theme").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Un des thèmes choisis n’existe pas")));
		assertThat(answers(cafe)).isZero();
		answer(token, "3", "oui", "a".repeat(500)).andExpect(status().isFound());
		assertThat(answers(cafe)).isOne();
	}

	@Test
	void robotsAreTurnedAwayAndTheLimitPerAddressAnswers429() throws Exception {
		long cafe = new TestEvent().organiser(this.organiserId).startsIn(Duration.ofHours(-2)).insert(this.jdbc);
		String token = token(cafe);
		this.mvc
			.perform(post("/avis/" + token).with(csrf())
				.param("satisfaction", "5")
				.param("learned", "oui")
				.param("website", "http://spam.example")
				.param("formToken", this.guard.token(Instant.now().minusSeconds(10))))
			.andExpect(redirectedUrl("/avis/" + token + "/merci"));
		this.mvc
			.perform(post("/avis/" + token).with(csrf())
				.param("satisfaction", "5")
				.param("learned", "oui")
				.param("formToken", this.guard.token()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("envoyé très vite")));
		assertThat(answers(cafe)).isZero();

		String address = "203.0.113." + (1 + (int) (cafe % 250));
		for (int i = 0; i < 10; i++) {
			this.mvc.perform(request(token, "4", "oui", null).with(from(address))).andExpect(status().isFound());
		}
		this.mvc.perform(request(token, "4", "oui", null).with(from(address)))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Trop de demandes")));
		assertThat(answers(cafe)).isEqualTo(10);
		// the limit counts per café: the same room may answer for the next one
		long next = new TestEvent().organiser(this.organiserId).startsIn(Duration.ofHours(-1)).insert(this.jdbc);
		this.mvc.perform(request(token(next), "4", "oui", null).with(from(address))).andExpect(status().isFound());
	}

	@Test
	void theFormIsAccessible() throws Exception {
		long cafe = new TestEvent().organiser(this.organiserId).startsIn(Duration.ofHours(-2)).insert(this.jdbc);
		Document page = Jsoup.parse(this.mvc.perform(get("/avis/" + token(cafe)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("fieldset legend")).extracting((legend) -> legend.text())
			.contains("Êtes-vous satisfait ou satisfaite de ce café ?", "Avez-vous appris quelque chose ?");
		assertThat(page.select("input[type=radio][name=satisfaction]")).hasSize(5)
			.allSatisfy((radio) -> assertThat(page.select("label[for=" + radio.id() + "]")).hasSize(1));
		assertThat(page.select("input[name=website]")).hasSize(1);
		assertThat(page.select("textarea#comment").attr("maxlength")).isEqualTo("500");
		assertThat(page.select("[style]")).isEmpty();
	}

	private Document facilitatorPage(long cafe, Cookie session) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/espace/cafes/" + cafe + "/avis").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private String token(long cafe) throws Exception {
		String link = facilitatorPage(cafe, this.organiser).select(".poster-link a").attr("href");
		return link.substring(link.lastIndexOf('/') + 1);
	}

	private org.springframework.test.web.servlet.ResultActions answer(String token, String satisfaction, String learned,
			String comment, String... themes) throws Exception {
		return this.mvc.perform(request(token, satisfaction, learned, comment, themes));
	}

	private MockHttpServletRequestBuilder request(String token, String satisfaction, String learned, String comment,
			String... themes) {
		MockHttpServletRequestBuilder request = post("/avis/" + token).with(csrf())
			.param("satisfaction", satisfaction)
			.param("learned", learned)
			.param("formToken", this.guard.token(Instant.now().minusSeconds(10)));
		if (comment != null) {
			request.param("comment", comment);
		}
		if (themes.length > 0) {
			request.param("themes", themes);
		}
		return request;
	}

	private long answers(long cafe) {
		return this.jdbc.sql("SELECT count(*) FROM feedback_participant_answer WHERE event_id = ?")
			.param(cafe)
			.query(Long.class)
			.single();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
