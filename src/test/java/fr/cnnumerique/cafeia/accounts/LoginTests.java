package fr.cnnumerique.cafeia.accounts;

import java.util.concurrent.Future;

import java.util.concurrent.Executors;

import java.util.concurrent.ExecutorService;

import java.util.List;

import java.util.ArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class LoginTests {

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
	void loginPageIsInFrenchWithLinksToSignUpAndForgottenPassword() throws Exception {
		this.mvc.perform(get("/connexion"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"email\"")))
			.andExpect(content().string(containsString("name=\"password\"")))
			.andExpect(content().string(containsString("href=\"/compte/creer\"")))
			.andExpect(content().string(containsString("href=\"/compte/mot-de-passe-oublie\"")));
	}

	@Test
	void wrongPasswordAndUnknownAddressGetTheSameAnswer() throws Exception {
		String email = AccountsFixture.uniqueEmail("mauvais");
		this.accounts.verifiedAccount("Mauvais Mot", email);
		String known = loginPage(attempt(email, "pas le bon mot de passe", ip("10.0.1.1")));
		String unknown = loginPage(
				attempt(AccountsFixture.uniqueEmail("inconnu"), "pas le bon mot de passe", ip("10.0.1.1")));
		assertThat(known).contains("E-mail ou mot de passe incorrect.").contains("value=\"" + email + "\"");
		assertThat(alert(unknown)).isEqualTo(alert(known));
	}

	@Test
	void loginRecordsTheAttemptAndTheLastLogin() throws Exception {
		String email = AccountsFixture.uniqueEmail("derniere");
		long id = this.accounts.verifiedAccount("Dernière Connexion", email);
		this.accounts.login(email.toUpperCase(), AccountsFixture.PASSWORD);
		assertThat(this.jdbc.queryForObject("SELECT last_login_at IS NOT NULL FROM account WHERE id = ?", Boolean.class,
				id))
			.isTrue();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM login_attempt WHERE email = ?::citext AND success",
				Integer.class, email))
			.isOne();
	}

	@Test
	void fiveFailuresOnOneAccountBlockEvenTheRightPassword() throws Exception {
		String email = AccountsFixture.uniqueEmail("bloque");
		this.accounts.verifiedAccount("Compte Bloqué", email);
		for (int i = 0; i < 5; i++) {
			attempt(email, "mauvais mot de passe " + i, ip("10.0.2." + i))
				.andExpect(redirectedUrl("/connexion?erreur"));
		}
		String blocked = loginPage(attempt(email, AccountsFixture.PASSWORD, ip("10.0.2.99"))
			.andExpect(redirectedUrl("/connexion?bloque")));
		assertThat(blocked).contains("Trop de tentatives de connexion ont échoué").contains("15 minutes");

		String unknown = AccountsFixture.uniqueEmail("bloque-inconnu");
		for (int i = 0; i < 5; i++) {
			attempt(unknown, "mauvais mot de passe " + i, ip("10.0.3." + i))
				.andExpect(redirectedUrl("/connexion?erreur"));
		}
		String blockedUnknown = loginPage(attempt(unknown, AccountsFixture.PASSWORD, ip("10.0.3.99"))
			.andExpect(redirectedUrl("/connexion?bloque")));
		assertThat(alert(blockedUnknown)).as("same answer whether the account exists or not").isEqualTo(alert(blocked));

		this.jdbc.update("UPDATE login_attempt SET at = at - interval '31 minutes' WHERE email = ?::citext", email);
		attempt(email, AccountsFixture.PASSWORD, ip("10.0.2.99")).andExpect(redirectedUrl("/compte"));
	}

	@Test
	void parallelGuessesCannotGetPastTheLimit() throws Exception {
		String email = AccountsFixture.uniqueEmail("parallele");
		this.accounts.verifiedAccount("Pas En Parallèle", email);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> guesses = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				String guess = "essai parallèle " + i;
				String from = "10.0.9." + i;
				guesses.add(pool.submit(() -> attempt(email, guess, ip(from))));
			}
			for (Future<?> guess : guesses) {
				guess.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM login_attempt WHERE email = ?::citext AND NOT success", Integer.class, email))
			.isEqualTo(5);
	}

	@Test
	void twentyFailuresFromOneAddressBlockIt() throws Exception {
		RequestPostProcessor attacker = ip("10.0.4.1");
		for (int i = 0; i < 20; i++) {
			attempt(AccountsFixture.uniqueEmail("ip"), "mauvais mot de passe", attacker)
				.andExpect(redirectedUrl("/connexion?erreur"));
		}
		String email = AccountsFixture.uniqueEmail("ip-victime");
		this.accounts.verifiedAccount("Victime IP", email);
		attempt(email, AccountsFixture.PASSWORD, attacker).andExpect(redirectedUrl("/connexion?bloque"));
		attempt(email, AccountsFixture.PASSWORD, ip("10.0.4.2")).andExpect(redirectedUrl("/compte"));
	}

	@Test
	void loginWithoutCsrfTokenIsForbidden() throws Exception {
		this.mvc.perform(post("/connexion").param("email", "x@exemple.fr").param("password", "whatever"))
			.andExpect(status().isForbidden());
	}

	@Test
	void logoutEndsTheSession() throws Exception {
		String email = AccountsFixture.uniqueEmail("deconnexion");
		this.accounts.verifiedAccount("Déconnexion", email);
		var session = this.accounts.login(email, AccountsFixture.PASSWORD);
		this.mvc.perform(get("/compte").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(post("/deconnexion").cookie(session).with(csrf())).andExpect(redirectedUrl("/?deconnecte"));
		this.mvc.perform(get("/compte").cookie(session)).andExpect(status().isFound());
	}

	private ResultActions attempt(String email, String password, RequestPostProcessor ip) throws Exception {
		return this.mvc
			.perform(post("/connexion").with(csrf()).with(ip).param("email", email).param("password", password));
	}

	/**
	 * Follows the redirect of a failed login in the same session, as a browser would.
	 */
	private String loginPage(ResultActions failed) throws Exception {
		var response = failed.andReturn();
		var request = get(response.getResponse().getRedirectedUrl());
		if (response.getRequest().getSession(false) != null) {
			request.session((org.springframework.mock.web.MockHttpSession) response.getRequest().getSession(false));
		}
		for (var cookie : response.getResponse().getCookies()) {
			request.cookie(cookie);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static String alert(String page) {
		int start = page.indexOf("id=\"login-error\"");
		assertThat(start).as("an error message").isPositive();
		return page.substring(start, page.indexOf("</div>", start));
	}

	private static RequestPostProcessor ip(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
