package fr.cnnumerique.cafeia.accounts;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SecondFactorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	AccountsFixture accounts;

	@BeforeEach
	void fixture() {
		this.accounts = new AccountsFixture(this.mvc, this.jdbc);
	}

	@Test
	void staffWithoutSecondFactorReachesOnlyTheEnrolmentPage() throws Exception {
		String email = AccountsFixture.uniqueEmail("mod-sans-2fa");
		this.accounts.staffAccount("Modé Sans", email, Role.MODERATOR);
		Cookie pending = passwordStep(email).andExpect(redirectedUrl("/compte/double-authentification"))
			.andReturn()
			.getResponse()
			.getCookies()[0];
		for (String path : List.of("/compte", "/moderation/x", "/espace/x", "/connexion/code", "/", "/connexion")) {
			this.mvc.perform(get(path).cookie(pending)).andExpect(redirectedUrl("/compte/double-authentification"));
		}
		this.mvc.perform(post("/compte/nom").cookie(pending).with(csrf()).param("displayName", "Pirate"))
			.andExpect(redirectedUrl("/compte/double-authentification"));
		String page = enrolmentPage(pending);
		var document = Jsoup.parse(page);
		assertThat(document.selectFirst("img.qr-code").attr("src")).startsWith("data:image/svg+xml;base64,");
		assertThat(document.selectFirst("#secret").text()).matches("[A-Z2-7]{4}( [A-Z2-7]{4}){7}");
		var code = document.selectFirst("input#code");
		assertThat(code.attr("autocomplete")).isEqualTo("one-time-code");
		assertThat(code.attr("inputmode")).isEqualTo("numeric");
		assertThat(enrolmentPage(pending)).as("the same secret until it is confirmed")
			.contains(document.selectFirst("#secret").text());
	}

	@Test
	void enrolmentNeedsACodeFromTheSecretShownThenShowsTenRecoveryCodesOnce() throws Exception {
		String email = AccountsFixture.uniqueEmail("mod-inscription");
		long id = this.accounts.staffAccount("Modé Inscrit", email, Role.MODERATOR);
		Cookie pending = cookie(passwordStep(email));
		String secret = AccountsFixture.secretShownOn(enrolmentPage(pending));

		String refused = this.mvc
			.perform(post("/compte/double-authentification").cookie(pending).with(csrf()).param("code", "000000"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Ce code ne correspond pas");
		assertThat(this.jdbc.queryForObject(
				"SELECT enrolled_at IS NULL FROM account_second_factor WHERE account_id = ?", Boolean.class, id))
			.isTrue();

		String code = Totp.code(secret, Totp.currentStep(Clock.systemUTC()));
		Cookie session = cookie(this.mvc
			.perform(post("/compte/double-authentification").cookie(pending)
				.with(csrf())
				.param("code", code.substring(0, 3) + " " + code.substring(3)))
			.andExpect(redirectedUrl("/compte/double-authentification/codes-de-secours")));
		assertThat(session.getValue()).as("a new session id").isNotEqualTo(pending.getValue());
		List<String> codes = recoveryCodes(session);
		assertThat(codes).hasSize(10)
			.doesNotHaveDuplicates()
			.allMatch((c) -> c.matches("[a-z0-9]{4}(-[a-z0-9]{4}){3}"));
		this.mvc.perform(get("/compte/double-authentification/codes-de-secours").cookie(session))
			.andExpect(redirectedUrl("/compte"));
		List<String> stored = this.jdbc.queryForList("SELECT code_hash FROM account_recovery_code WHERE account_id = ?",
				String.class, id);
		assertThat(stored).hasSize(10).doesNotContainAnyElementsOf(codes);
		this.mvc.perform(get("/moderation/x").cookie(session)).andExpect(status().isNotFound());
		this.mvc.perform(get("/compte").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void enrolledStaffTypeACodeAtEachLoginAndACodeServesOnce() throws Exception {
		String email = AccountsFixture.uniqueEmail("mod-code");
		long id = this.accounts.staffAccount("Modé Code", email, Role.MODERATOR);
		this.accounts.staffLogin(email, AccountsFixture.PASSWORD);

		Cookie pending = cookie(passwordStep(email).andExpect(redirectedUrl("/connexion/code")));
		this.mvc.perform(get("/moderation/x").cookie(pending)).andExpect(redirectedUrl("/connexion/code"));
		String form = this.mvc.perform(get("/connexion/code").cookie(pending))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(form).selectFirst("input#code").attr("autocomplete")).isEqualTo("one-time-code");
		String code = this.accounts.freshCode(id);
		Cookie session = cookie(
				this.mvc.perform(post("/connexion/code").cookie(pending).with(csrf()).param("code", code))
					.andExpect(redirectedUrl("/compte")));
		this.mvc.perform(get("/moderation/x").cookie(session)).andExpect(status().isNotFound());

		Cookie replay = cookie(passwordStep(email));
		this.mvc.perform(post("/connexion/code").cookie(replay).with(csrf()).param("code", code))
			.andExpect(status().isOk());
		this.mvc.perform(get("/moderation/x").cookie(replay)).andExpect(redirectedUrl("/connexion/code"));
	}

	@Test
	void theCodeStepLeadsToThePageFirstAskedFor() throws Exception {
		String email = AccountsFixture.uniqueEmail("admin-retour");
		long id = this.accounts.staffAccount("Admin Retour", email, Role.ADMIN);
		this.accounts.staffLogin(email, AccountsFixture.PASSWORD);
		var asked = this.mvc.perform(get("/admin/x")).andExpect(redirectedUrl("/connexion")).andReturn();
		Cookie anonymous = AccountsFixture.sessionCookie(asked.getResponse());
		Cookie pending = cookie(this.mvc
			.perform(post("/connexion").cookie(anonymous)
				.with(csrf())
				.param("email", email)
				.param("password", AccountsFixture.PASSWORD))
			.andExpect(redirectedUrl("/connexion/code")));
		this.mvc
			.perform(post("/connexion/code").cookie(pending).with(csrf()).param("code", this.accounts.freshCode(id)))
			.andExpect(redirectedUrl("http://localhost/admin/x?continue"));
	}

	@Test
	void fiveWrongCodesBlockTheCodeStepEvenAfterLoggingInAgain() throws Exception {
		String email = AccountsFixture.uniqueEmail("mod-bloque");
		long id = this.accounts.staffAccount("Modé Bloqué", email, Role.MODERATOR);
		this.accounts.staffLogin(email, AccountsFixture.PASSWORD);
		Cookie pending = cookie(passwordStep(email));
		for (int i = 0; i < 5; i++) {
			String page = this.mvc
				.perform(post("/connexion/code").cookie(pending).with(csrf()).param("code", "12345" + i))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("Ce code est incorrect");
		}
		Cookie again = cookie(passwordStep(email).andExpect(redirectedUrl("/connexion/code")));
		String blocked = this.mvc
			.perform(post("/connexion/code").cookie(again).with(csrf()).param("code", this.accounts.freshCode(id)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(blocked).contains("Trop de codes incorrects").contains("15 minutes");
		this.mvc.perform(get("/moderation/x").cookie(again)).andExpect(redirectedUrl("/connexion/code"));
	}

	@Test
	void aRecoveryCodeReplacesTheAppOnceOnly() throws Exception {
		String email = AccountsFixture.uniqueEmail("mod-secours");
		this.accounts.staffAccount("Modé Secours", email, Role.MODERATOR);
		Cookie pending = cookie(passwordStep(email));
		String secret = AccountsFixture.secretShownOn(enrolmentPage(pending));
		Cookie enrolled = cookie(this.mvc.perform(post("/compte/double-authentification").cookie(pending)
			.with(csrf())
			.param("code", Totp.code(secret, Totp.currentStep(Clock.systemUTC())))));
		String recovery = recoveryCodes(enrolled).get(3);

		Cookie first = cookie(passwordStep(email));
		this.mvc
			.perform(post("/connexion/code").param("secours", "")
				.cookie(first)
				.with(csrf())
				.param("code", " " + recovery.toUpperCase() + " "))
			.andExpect(redirectedUrl("/compte"))
			.andExpect(
					(result) -> assertThat(result.getFlashMap().get("info")).isEqualTo("accounts.code.recovery-used"));

		Cookie second = cookie(passwordStep(email));
		this.mvc.perform(post("/connexion/code").cookie(second).with(csrf()).param("code", recovery))
			.andExpect(status().isOk());
		this.mvc.perform(get("/compte").cookie(second)).andExpect(redirectedUrl("/connexion/code"));
	}

	@Test
	void facilitatorsLogInWithTheirPasswordAlone() throws Exception {
		String email = AccountsFixture.uniqueEmail("animatrice");
		long id = this.accounts.verifiedAccount("Animatrice Simple", email);
		Cookie session = this.accounts.login(email, AccountsFixture.PASSWORD);
		this.mvc.perform(get("/compte").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(get("/compte/double-authentification").cookie(session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/connexion/code").cookie(session)).andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM account_second_factor WHERE account_id = ?",
				Integer.class, id))
			.isZero();
	}

	private ResultActions passwordStep(String email) throws Exception {
		return this.mvc
			.perform(post("/connexion").with(csrf()).param("email", email).param("password", AccountsFixture.PASSWORD))
			.andExpect(status().isFound());
	}

	private String enrolmentPage(Cookie pending) throws Exception {
		return this.mvc.perform(get("/compte/double-authentification").cookie(pending))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private List<String> recoveryCodes(Cookie session) throws Exception {
		String page = this.mvc.perform(get("/compte/double-authentification/codes-de-secours").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(page).select("#recovery-codes code").eachText();
	}

	private static Cookie cookie(ResultActions result) {
		return AccountsFixture.sessionCookie(result.andReturn().getResponse());
	}

}
