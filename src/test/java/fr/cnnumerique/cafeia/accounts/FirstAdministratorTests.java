package fr.cnnumerique.cafeia.accounts;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTests {

	@Autowired
	FirstAdministrator firstAdministrator;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	AccountsFixture accounts;

	@BeforeEach
	void noAdministratorYet() {
		this.accounts = new AccountsFixture(this.mvc, this.jdbc);
		this.jdbc.update("DELETE FROM account_role WHERE role = 'ADMIN'");
	}

	@Test
	void createsTheFirstAdministratorOnceAndLogsALinkToChooseItsPassword(CapturedOutput output) throws Exception {
		String email = AccountsFixture.uniqueEmail("admin");
		Optional<String> link = this.firstAdministrator.ensureExists(email);
		assertThat(link).get().asString().startsWith("http://localhost:8080/compte/nouveau-mot-de-passe/");
		assertThat(output).contains(link.get());
		long id = this.accounts.accountId(email);
		assertThat(this.jdbc.queryForObject(
				"SELECT email_verified_at IS NOT NULL AND password_hash IS NULL FROM account WHERE id = ?",
				Boolean.class, id))
			.isTrue();
		assertThat(this.jdbc.queryForList("SELECT role FROM account_role WHERE account_id = ? ORDER BY role",
				String.class, id))
			.containsExactly("ADMIN", "FACILITATOR");
		assertThat(this.jdbc.queryForObject(
				"SELECT expires_at > now() + interval '23 hours' FROM account_token WHERE account_id = ?",
				Boolean.class, id))
			.isTrue();

		assertThat(this.firstAdministrator.ensureExists(AccountsFixture.uniqueEmail("admin-bis"))).isEmpty();

		String path = AccountsFixture.pathOf(link.get());
		this.mvc.perform(post(path).with(csrf()).param("password", "la phrase de l'administratrice"))
			.andExpect(redirectedUrl("/connexion"));
		var session = this.accounts.staffLogin(email, "la phrase de l'administratrice");
		this.mvc.perform(get("/admin/x").cookie(session)).andExpect(status().isNotFound());
	}

	@Test
	void nodesStartingTogetherCreateOnlyOneAdministrator() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Optional<String>>> starts = List.of(
					() -> this.firstAdministrator.ensureExists(AccountsFixture.uniqueEmail("noeud")),
					() -> this.firstAdministrator.ensureExists(AccountsFixture.uniqueEmail("noeud")),
					() -> this.firstAdministrator.ensureExists(AccountsFixture.uniqueEmail("noeud")),
					() -> this.firstAdministrator.ensureExists(AccountsFixture.uniqueEmail("noeud")));
			long created = 0;
			for (Future<Optional<String>> start : pool.invokeAll(starts)) {
				created += start.get().isPresent() ? 1 : 0;
			}
			assertThat(created).isOne();
			assertThat(
					this.jdbc.queryForObject("SELECT count(*) FROM account_role WHERE role = 'ADMIN'", Integer.class))
				.isOne();
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void anExistingAccountIsPromotedButLosesItsSessionsLinksAndPassword() throws Exception {
		String email = AccountsFixture.uniqueEmail("admin-existant");
		long id = this.accounts.verifiedAccount("Déjà Inscrite", email);
		var squatterSession = this.accounts.login(email, AccountsFixture.PASSWORD);
		String elsewhere = AccountsFixture.uniqueEmail("ailleurs");
		this.mvc
			.perform(post("/compte/email").cookie(squatterSession)
				.with(csrf())
				.param("newEmail", elsewhere)
				.param("currentPassword", AccountsFixture.PASSWORD))
			.andExpect(redirectedUrl("/compte"));
		String pendingChange = this.accounts.linkInLatestMail(elsewhere, "accounts/email-change");
		assertThat(this.firstAdministrator.ensureExists(email.toUpperCase())).isPresent();
		this.mvc.perform(get("/compte").cookie(squatterSession)).andExpect(redirectedUrl("/connexion"));
		this.mvc.perform(post(AccountsFixture.pathOf(pendingChange)).with(csrf()))
			.andExpect(content().string(containsString("Ce lien ne fonctionne plus")));
		assertThat(this.jdbc.queryForObject("SELECT email FROM account WHERE id = ?", String.class, id))
			.isEqualTo(email.toLowerCase());
		assertThat(this.accounts.accountId(email)).isEqualTo(id);
		this.mvc
			.perform(post("/connexion").with(csrf()).param("email", email).param("password", AccountsFixture.PASSWORD))
			.andExpect(redirectedUrl("/connexion?erreur"));
	}

}
