package fr.cnnumerique.cafeia.accounts;

import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@RecordApplicationEvents
class AccountPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountManagement management;

	@Autowired
	ApplicationEvents events;

	AccountsFixture accounts;

	@BeforeEach
	void fixture() {
		this.accounts = new AccountsFixture(this.mvc, this.jdbc);
	}

	@Test
	void renameKeepsTheNameWithinLimits() throws Exception {
		String email = AccountsFixture.uniqueEmail("nom");
		long id = this.accounts.verifiedAccount("Ancien Nom", email);
		Cookie session = this.accounts.login(email, AccountsFixture.PASSWORD);
		this.mvc.perform(post("/compte/nom").cookie(session).with(csrf()).param("displayName", "x".repeat(81)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("80 caractères au plus")));
		this.mvc.perform(post("/compte/nom").cookie(session).with(csrf()).param("displayName", "  Nouveau Nom "))
			.andExpect(redirectedUrl("/compte"))
			.andExpect(flash().attribute("success", "accounts.name.success"));
		assertThat(this.management.find(id)).get().extracting(AccountSummary::displayName).isEqualTo("Nouveau Nom");
	}

	@Test
	void emailChangeNeedsThePasswordAndAppliesWhenTheLinkIsFollowed() throws Exception {
		String email = AccountsFixture.uniqueEmail("ancienne");
		String newEmail = AccountsFixture.uniqueEmail("nouvelle");
		long id = this.accounts.verifiedAccount("Change Adresse", email);
		Cookie session = this.accounts.login(email, AccountsFixture.PASSWORD);
		this.mvc
			.perform(post("/compte/email").cookie(session)
				.with(csrf())
				.param("newEmail", newEmail)
				.param("currentPassword", "pas le bon"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Le mot de passe actuel est incorrect.")))
			.andExpect(content().string(containsString("value=\"" + newEmail + "\"")));
		assertThat(this.accounts.mailCount(newEmail)).isZero();

		this.mvc
			.perform(post("/compte/email").cookie(session)
				.with(csrf())
				.param("newEmail", newEmail)
				.param("currentPassword", AccountsFixture.PASSWORD))
			.andExpect(redirectedUrl("/compte"));
		assertThat(this.management.find(id)).get().extracting(AccountSummary::email).isEqualTo(email);
		String link = this.accounts.linkInLatestMail(newEmail, "accounts/email-change");
		this.accounts.confirm(AccountsFixture.pathOf(link), session).andExpect(redirectedUrl("/compte"));
		assertThat(this.management.find(id)).get().extracting(AccountSummary::email).isEqualTo(newEmail);
		assertThat(this.accounts.latestMail(email, "accounts/email-changed")).contains(newEmail);
		this.accounts.login(newEmail, AccountsFixture.PASSWORD);
	}

	@Test
	void passwordChangeNeedsTheCurrentPasswordAndThePolicyAndEndsOtherSessions() throws Exception {
		String email = AccountsFixture.uniqueEmail("changemdp");
		this.accounts.verifiedAccount("Change Mot", email);
		Cookie otherBrowser = this.accounts.login(email, AccountsFixture.PASSWORD);
		Cookie session = this.accounts.login(email, AccountsFixture.PASSWORD);
		this.mvc
			.perform(post("/compte/mot-de-passe").cookie(session)
				.with(csrf())
				.param("currentPassword", "faux")
				.param("newPassword", "qwertyuiop"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Le mot de passe actuel est incorrect.")))
			.andExpect(content().string(containsString("au moins 12 caractères")));
		this.mvc
			.perform(post("/compte/mot-de-passe").cookie(session)
				.with(csrf())
				.param("currentPassword", AccountsFixture.PASSWORD)
				.param("newPassword", "mon nouveau mot de passe"))
			.andExpect(redirectedUrl("/compte"));
		this.mvc.perform(get("/compte").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(get("/compte").cookie(otherBrowser))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/connexion"));
		this.accounts.login(email, "mon nouveau mot de passe");
		assertThat(this.accounts.latestMail(email, "accounts/password-changed"))
			.contains("http://localhost:8080/compte/mot-de-passe-oublie");
	}

	@Test
	void aPasswordChangeAfterAnAddressChangeStillEndsTheOtherSessions() throws Exception {
		String email = AccountsFixture.uniqueEmail("avant");
		String newEmail = AccountsFixture.uniqueEmail("apres");
		this.accounts.verifiedAccount("Sessions Suivies", email);
		Cookie otherBrowser = this.accounts.login(email, AccountsFixture.PASSWORD);
		Cookie session = this.accounts.login(email, AccountsFixture.PASSWORD);
		this.mvc
			.perform(post("/compte/email").cookie(session)
				.with(csrf())
				.param("newEmail", newEmail)
				.param("currentPassword", AccountsFixture.PASSWORD))
			.andExpect(redirectedUrl("/compte"));
		String link = this.accounts.linkInLatestMail(newEmail, "accounts/email-change");
		this.accounts.confirm(AccountsFixture.pathOf(link), session).andExpect(redirectedUrl("/compte"));
		this.mvc
			.perform(post("/compte/mot-de-passe").cookie(session)
				.with(csrf())
				.param("currentPassword", AccountsFixture.PASSWORD)
				.param("newPassword", "encore un autre mot de passe"))
			.andExpect(redirectedUrl("/compte"));
		this.mvc.perform(get("/compte").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(get("/compte").cookie(otherBrowser))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/connexion"));
	}

	@Test
	void guessingTheCurrentPasswordIsThrottledLikeLogins() throws Exception {
		String email = AccountsFixture.uniqueEmail("devine");
		this.accounts.verifiedAccount("Devine Pas", email);
		Cookie session = this.accounts.login(email, AccountsFixture.PASSWORD);
		for (int i = 0; i < 5; i++) {
			this.mvc
				.perform(post("/compte/mot-de-passe").cookie(session)
					.with(csrf())
					.param("currentPassword", "essai " + i)
					.param("newPassword", "un nouveau mot de passe long"))
				.andExpect(content().string(containsString("Le mot de passe actuel est incorrect.")));
		}
		this.mvc
			.perform(post("/compte/mot-de-passe").cookie(session)
				.with(csrf())
				.param("currentPassword", AccountsFixture.PASSWORD)
				.param("newPassword", "un nouveau mot de passe long"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trop de mots de passe incorrects")));
	}

	@Test
	void dataDownloadHoldsEverythingButSecrets() throws Exception {
		String email = AccountsFixture.uniqueEmail("export");
		long id = this.accounts.verifiedAccount("Export Données", email);
		Cookie session = this.accounts.login(email, AccountsFixture.PASSWORD);
		String json = this.mvc.perform(get("/compte/donnees.json").cookie(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.displayName").value("Export Données"))
			.andExpect(jsonPath("$.email").value(email))
			.andExpect(jsonPath("$.roles[0]").value("FACILITATOR"))
			.andExpect(jsonPath("$.emailVerifiedAt").isNotEmpty())
			.andExpect(jsonPath("$.linksSentByMail[0].purpose").value("VERIFY_EMAIL"))
			.andExpect(jsonPath("$.loginAttempts[0].success").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String hash = this.jdbc.queryForObject("SELECT password_hash FROM account WHERE id = ?", String.class, id);
		assertThat(json).doesNotContain(hash).doesNotContain("argon2").doesNotContain("tokenHash");
	}

	@Test
	void deletionNeedsThePasswordThenErasesPersonalDataAndLogsOut() throws Exception {
		String email = AccountsFixture.uniqueEmail("suppression");
		long id = this.accounts.verifiedAccount("Compte Supprimé", email);
		Cookie session = this.accounts.login(email, AccountsFixture.PASSWORD);
		this.mvc.perform(get("/compte/supprimer").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("La suppression est définitive")));
		this.mvc.perform(post("/compte/supprimer").cookie(session).with(csrf()).param("password", "faux"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Le mot de passe actuel est incorrect.")));
		assertThat(this.management.find(id)).isPresent();

		this.mvc
			.perform(post("/compte/supprimer").cookie(session).with(csrf()).param("password", AccountsFixture.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("success", "accounts.delete.success"));

		Map<String, Object> row = this.jdbc.queryForMap("SELECT * FROM account WHERE id = ?", id);
		assertThat(row.get("status")).isEqualTo("DELETED");
		assertThat(row.get("display_name")).isNotEqualTo("Compte Supprimé");
		assertThat(row.get("email").toString()).doesNotContain("suppression");
		assertThat(row.get("password_hash")).isNull();
		assertThat(row.get("deleted_at")).isNotNull();
		assertThat(this.accounts.mailCount(email)).as("mails to the deleted address").isZero();
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM account_token WHERE account_id = ?", Integer.class, id))
			.isZero();
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM account_role WHERE account_id = ?", Integer.class, id))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM login_attempt WHERE email = ?::citext", Integer.class,
				email))
			.isZero();
		assertThat(this.management.find(id)).isEmpty();
		assertThat(this.events.stream(AccountDeleted.class)).extracting(AccountDeleted::accountId).containsExactly(id);

		this.mvc.perform(get("/compte").cookie(session)).andExpect(status().isFound());
		this.mvc
			.perform(post("/connexion").with(csrf()).param("email", email).param("password", AccountsFixture.PASSWORD))
			.andExpect(redirectedUrl("/connexion?erreur"));
		this.accounts.signUp("Nouveau Départ", email, AccountsFixture.PASSWORD);
		assertThat(this.accounts.latestMail(email, "accounts/verification")).contains("Nouveau Départ");
	}

	@Test
	void accountPageShowsRolesInPlainFrench() throws Exception {
		String email = AccountsFixture.uniqueEmail("page");
		this.accounts.verifiedAccount("Page Compte", email);
		Cookie session = this.accounts.login(email, AccountsFixture.PASSWORD);
		this.mvc.perform(get("/compte").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page Compte")))
			.andExpect(content().string(containsString(email)))
			.andExpect(content().string(containsString("Confirmée")))
			.andExpect(content().string(containsString("Animatrice ou animateur")))
			.andExpect(content().string(not(containsString("FACILITATOR"))));
	}

}
