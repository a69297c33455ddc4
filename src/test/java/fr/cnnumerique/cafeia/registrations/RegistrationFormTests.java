package fr.cnnumerique.cafeia.registrations;

import java.time.Instant;
import java.util.UUID;

import fr.cnnumerique.cafeia.accounts.AccountsFixture;
import fr.cnnumerique.cafeia.events.TestEvent;
import fr.cnnumerique.cafeia.notifications.MailOutbox;
import fr.cnnumerique.cafeia.notifications.StoredMail;
import fr.cnnumerique.cafeia.shared.PublicFormGuard;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class RegistrationFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailOutbox outbox;

	@Autowired
	PublicFormGuard guard;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Test
	void registersWithoutAnAccountAndManagesFromTheMailedLink() throws Exception {
		long event = new TestEvent().portalRegistration(10).insert(this.jdbc);
		String email = email();
		Document form = page(get("/cafes/" + event + "/inscription"), 200);
		assertThat(form.select("form input[name=prenom]")).hasSize(1);
		assertThat(form.text()).contains("Il reste 10 places");

		this.mvc.perform(signUp(event, email, "2"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cafes/" + event + "/inscription/envoyee"));

		StoredMail mail = this.outbox.mailsTo(email).get(0);
		assertThat(mail.template()).isEqualTo("registrations/confirmed");
		String manage = mail.text().lines().filter((l) -> l.contains("/inscriptions/")).findFirst().orElseThrow();
		String path = manage.substring(manage.indexOf("/inscriptions/")).strip();
		Document managePage = page(get(path), 200);
		assertThat(managePage.text()).contains("Confirmée").contains("Camille");

		this.mvc.perform(post(path + "/places").param("places", "1").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(places(event, email)).isEqualTo(1);
		this.mvc.perform(post(path + "/annuler").with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(page(get(path), 200).text()).contains("Annulée");
	}

	@Test
	void badInputGetsFrenchMessagesAndStoresNothing() throws Exception {
		long event = new TestEvent().portalRegistration(10).insert(this.jdbc);
		Document invalidEmail = page(signUp(event, "pas-une-adresse", "1"), 400);
		assertThat(invalidEmail.select(".error-summary").text()).contains("adresse e-mail valide");
		assertThat(page(signUp(event, email(), "0"), 400).text()).contains("entre 1 et 4 places");
		assertThat(page(signUp(event, email(), "5"), 400).text()).contains("entre 1 et 4 places");
		assertThat(page(signUp(event, email(), "2", false), 400).text())
			.contains("notice sur les données personnelles");
		assertThat(this.jdbc.sql("SELECT count(*) FROM registration WHERE event_id = ?")
			.param(event)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aFormWithoutTheConsentFieldGetsTheFormBackWithItsMessages() throws Exception {
		long event = new TestEvent().portalRegistration(10).insert(this.jdbc);
		Document empty = page(post("/cafes/" + event + "/inscription").with(csrf()), 400);
		assertThat(empty.select(".error-summary").text()).contains("notice sur les données personnelles");
		MockHttpServletRequestBuilder noConsent = post("/cafes/" + event + "/inscription").param("prenom", "Camille")
			.param("email", email())
			.param("places", "1")
			.param("formToken", this.guard.token(Instant.now().minusSeconds(30)))
			.with(csrf());
		assertThat(page(noConsent, 400).text()).contains("notice sur les données personnelles");
	}

	@Test
	void aFormSentEmptyComesBackWithItsMessages() throws Exception {
		long event = new TestEvent().portalRegistration(10).insert(this.jdbc);
		// a browser sends no value at all for a box left unticked
		Document empty = page(post("/cafes/" + event + "/inscription").param("prenom", "")
			.param("email", "")
			.param("places", "1")
			.param("website", "")
			.param("formToken", this.guard.token(Instant.now().minusSeconds(30)))
			.with(csrf()), 400);
		assertThat(empty.select(".error-summary").text()).contains("notice sur les données personnelles");
	}

	@Test
	void saysBeforeSendingWhenTheCafeIsFullAndRefusesClosedCafes() throws Exception {
		long full = new TestEvent().portalRegistration(1).insert(this.jdbc);
		this.mvc.perform(signUp(full, email(), "1")).andExpect(status().is3xxRedirection());
		assertThat(page(get("/cafes/" + full + "/inscription"), 200).text()).contains("liste d’attente");

		long noPortal = new TestEvent().insert(this.jdbc);
		assertThat(page(get("/cafes/" + noPortal + "/inscription"), 200).text()).contains("ne prend pas d’inscription");
		assertThat(page(signUp(noPortal, email(), "1"), 409).text()).contains("ne prend pas d’inscription");
	}

	@Test
	void forgedOrUnknownTokensGetANotFoundPage() throws Exception {
		this.mvc.perform(get("/inscriptions/" + "A".repeat(43))).andExpect(status().isNotFound());
		this.mvc.perform(post("/inscriptions/" + "B".repeat(43) + "/annuler").with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/cafes/999999999/inscription")).andExpect(status().isNotFound());
	}

	@Test
	void aRobotFillingTheHoneypotIsThankedAndNothingIsStored() throws Exception {
		long event = new TestEvent().portalRegistration(10).insert(this.jdbc);
		String email = email();
		this.mvc.perform(signUp(event, email, "1").param("website", "http://spam.example"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.outbox.mailsTo(email)).isEmpty();
	}

	@Test
	void aLoggedInPersonFindsTheRegistrationInTheirAccount() throws Exception {
		long event = new TestEvent().title("Café du compte").portalRegistration(10).insert(this.jdbc);
		AccountsFixture accounts = new AccountsFixture(this.mvc, this.jdbcTemplate);
		String email = AccountsFixture.uniqueEmail("inscrit");
		accounts.verifiedAccount("Dominique", email);
		Cookie session = accounts.login(email, AccountsFixture.PASSWORD);
		assertThat(page(get("/cafes/" + event + "/inscription").cookie(session), 200).select("input[name=email]")
			.attr("value")).isEqualTo(email);
		this.mvc.perform(signUp(event, email, "1").cookie(session)).andExpect(status().is3xxRedirection());

		// someone else's address is not linked to the account: its manage link stays
		// private
		this.mvc.perform(signUp(event, email(), "1").cookie(session)).andExpect(status().is3xxRedirection());

		Document mine = page(get("/compte/inscriptions").cookie(session), 200);
		assertThat(mine.select("main h2").text()).contains("Café du compte");
		assertThat(mine.select("a[href^=/inscriptions/]")).hasSize(1);
	}

	private MockHttpServletRequestBuilder signUp(long event, String email, String places) {
		return signUp(event, email, places, true);
	}

	private MockHttpServletRequestBuilder signUp(long event, String email, String places, boolean consent) {
		return post("/cafes/" + event + "/inscription").param("prenom", "Camille")
			.param("email", email)
			.param("places", places)
			.param("accord", String.valueOf(consent))
			.param("website", "")
			.param("formToken", this.guard.token(Instant.now().minusSeconds(30)))
			.with(csrf());
	}

	private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
		String html = this.mvc.perform(request)
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

	private int places(long event, String email) {
		return this.jdbc.sql("SELECT places FROM registration WHERE event_id = ? AND email = CAST(? AS citext)")
			.params(event, email)
			.query(Integer.class)
			.single();
	}

	private static String email() {
		return "camille-" + UUID.randomUUID().toString().substring(0, 10) + "@example.org";
	}

}
