package fr.cnnumerique.cafeia.accounts;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PasswordResetTests {

	static final String NEW_PASSWORD = "un tout nouveau mot de passe";

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
	void resetLinkSetsANewPasswordOnceSpendsTheOtherLinksAndEndsSessions() throws Exception {
		String email = AccountsFixture.uniqueEmail("oubli");
		this.accounts.verifiedAccount("Mot Oublié", email);
		var sessionOfWhoeverKnewTheOldPassword = this.accounts.login(email, AccountsFixture.PASSWORD);
		requestReset(email);
		String first = AccountsFixture.pathOf(this.accounts.linkInLatestMail(email, "accounts/password-reset"));
		requestReset(email);
		String second = AccountsFixture.pathOf(this.accounts.linkInLatestMail(email, "accounts/password-reset"));
		assertThat(second).isNotEqualTo(first).startsWith("/compte/nouveau-mot-de-passe/");

		this.mvc.perform(get(second))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nouveau mot de passe")));
		this.mvc.perform(post(second).with(csrf()).param("password", "court"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("au moins 12 caractères")));
		this.mvc.perform(post(second).with(csrf()).param("password", NEW_PASSWORD))
			.andExpect(redirectedUrl("/connexion"))
			.andExpect(flash().attribute("success", "accounts.new-password.success"));

		this.mvc.perform(get("/compte").cookie(sessionOfWhoeverKnewTheOldPassword))
			.andExpect(redirectedUrl("/connexion"));
		this.accounts.login(email, NEW_PASSWORD);
		this.mvc.perform(get(second)).andExpect(content().string(containsString("Ce lien ne fonctionne plus")));
		this.mvc.perform(post(first).with(csrf()).param("password", "encore un autre mot de passe"))
			.andExpect(content().string(containsString("Ce lien ne fonctionne plus")));
		this.accounts.login(email, NEW_PASSWORD);
	}

	@Test
	void aResetLiftsTheLoginBlockAndSpendsPendingAddressChanges() throws Exception {
		String email = AccountsFixture.uniqueEmail("bloquee");
		this.accounts.verifiedAccount("Bloquée Puis Libre", email);
		var intruder = this.accounts.login(email, AccountsFixture.PASSWORD);
		String intruderAddress = AccountsFixture.uniqueEmail("intrus");
		this.mvc
			.perform(post("/compte/email").cookie(intruder)
				.with(csrf())
				.param("newEmail", intruderAddress)
				.param("currentPassword", AccountsFixture.PASSWORD))
			.andExpect(redirectedUrl("/compte"));
		String pendingChange = AccountsFixture
			.pathOf(this.accounts.linkInLatestMail(intruderAddress, "accounts/email-change"));
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(post("/connexion").with(csrf()).param("email", email).param("password", "faux " + i));
		}
		requestReset(email);
		String reset = AccountsFixture.pathOf(this.accounts.linkInLatestMail(email, "accounts/password-reset"));
		this.mvc.perform(post(reset).with(csrf()).param("password", NEW_PASSWORD))
			.andExpect(redirectedUrl("/connexion"));

		this.accounts.login(email, NEW_PASSWORD);
		this.mvc.perform(post(pendingChange).with(csrf()))
			.andExpect(content().string(containsString("Ce lien ne fonctionne plus")));
		assertThat(this.jdbc.queryForObject("SELECT email FROM account WHERE email = ?::citext", String.class, email))
			.isEqualTo(email.toLowerCase());
	}

	@Test
	void expiredResetLinkNoLongerWorks() throws Exception {
		String email = AccountsFixture.uniqueEmail("oubli-expire");
		long id = this.accounts.verifiedAccount("Lien Expiré", email);
		requestReset(email);
		String link = AccountsFixture.pathOf(this.accounts.linkInLatestMail(email, "accounts/password-reset"));
		this.jdbc.update(
				"UPDATE account_token SET expires_at = now() - interval '1 second' WHERE account_id = ? AND purpose = 'RESET_PASSWORD'",
				id);
		this.mvc.perform(get(link))
			.andExpect(content().string(containsString("Ce lien ne fonctionne plus")))
			.andExpect(content().string(containsString("href=\"/compte/mot-de-passe-oublie\"")));
		this.mvc.perform(post(link).with(csrf()).param("password", NEW_PASSWORD))
			.andExpect(content().string(containsString("Ce lien ne fonctionne plus")));
		this.accounts.login(email, AccountsFixture.PASSWORD);
	}

	@Test
	void unknownAddressGetsTheSameConfirmationAndNoMail() throws Exception {
		String email = AccountsFixture.uniqueEmail("oubli-inconnu");
		requestReset(email);
		this.mvc.perform(get("/compte/mot-de-passe-oublie/confirmation"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Si un compte existe avec cette adresse")));
		assertThat(this.accounts.mailCount(email)).isZero();
	}

	@Test
	void invalidAddressIsRefusedWithAFieldError() throws Exception {
		this.mvc.perform(post("/compte/mot-de-passe-oublie").with(csrf()).param("email", "pas une adresse"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Indiquez une adresse e-mail valide")))
			.andExpect(content().string(containsString("value=\"pas une adresse\"")));
	}

	@Test
	void followingAResetLinkAlsoVerifiesTheAddress() throws Exception {
		String email = AccountsFixture.uniqueEmail("oubli-non-verifie");
		this.accounts.signUp("Pas Vérifié", email, AccountsFixture.PASSWORD);
		requestReset(email);
		String link = AccountsFixture.pathOf(this.accounts.linkInLatestMail(email, "accounts/password-reset"));
		this.mvc.perform(post(link).with(csrf()).param("password", NEW_PASSWORD))
			.andExpect(redirectedUrl("/connexion"));
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM account_role r JOIN account a ON a.id = r.account_id WHERE a.email = ?::citext AND r.role = 'FACILITATOR'",
				Integer.class, email))
			.isOne();
	}

	private void requestReset(String email) throws Exception {
		this.mvc.perform(post("/compte/mot-de-passe-oublie").with(csrf()).param("email", email))
			.andExpect(redirectedUrl("/compte/mot-de-passe-oublie/confirmation"));
	}

}
