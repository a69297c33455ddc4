package fr.cnnumerique.cafeia.accounts;

import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SignUpTests {

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
	void signUpFormIsInFrenchWithTheDataNotice() throws Exception {
		this.mvc.perform(get("/compte/creer"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Créer un compte")))
			.andExpect(content().string(containsString("href=\"/donnees-personnelles\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void signUpThenVerifyByMailThenLoginAsFacilitator() throws Exception {
		String email = AccountsFixture.uniqueEmail("parcours");
		this.accounts.signUp("Camille Parcours", email, AccountsFixture.PASSWORD);
		this.mvc.perform(get("/compte/creer/confirmation"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Consultez votre messagerie")));
		Map<String, Object> row = this.jdbc.queryForMap(
				"SELECT display_name, password_hash, email_verified_at FROM account WHERE email = ?::citext", email);
		assertThat(row.get("display_name")).isEqualTo("Camille Parcours");
		assertThat((String) row.get("password_hash")).startsWith("{argon2}$argon2id$");
		assertThat(row.get("email_verified_at")).isNull();
		String mail = this.accounts.latestMail(email, "accounts/verification");
		// Until the mail engine renders .txt in TEXT mode, apostrophes come out
		// HTML-escaped.
		assertThat(mail.replace("&#39;", "'")).contains("Bonjour Camille Parcours,")
			.contains("24 heures")
			.contains("L'équipe Café IA");
		String link = this.accounts.linkInLatestMail(email, "accounts/verification");
		assertThat(link).startsWith("http://localhost:8080/compte/verifier/");
		String token = link.substring(link.lastIndexOf('/') + 1);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM account_token WHERE token_hash = ?", Integer.class,
				token))
			.as("the token itself is never stored")
			.isZero();

		Cookie unverified = this.accounts.login(email, AccountsFixture.PASSWORD);
		this.mvc.perform(get("/compte").cookie(unverified))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("pas encore confirmée")));
		this.mvc.perform(get("/espace/cafes").cookie(unverified)).andExpect(status().isForbidden());

		// a mail filter opening the link verifies nothing
		this.mvc.perform(get(AccountsFixture.pathOf(link))).andExpect(status().isOk());
		this.mvc.perform(get("/compte").cookie(unverified))
			.andExpect(content().string(containsString("pas encore confirmée")));
		this.accounts.confirm(AccountsFixture.pathOf(link), unverified)
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/compte"));
		this.mvc.perform(get("/espace/cafes").cookie(unverified)).andExpect(status().isOk());

		Cookie session = this.accounts.login(email, AccountsFixture.PASSWORD);
		this.mvc.perform(get("/espace/cafes").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(get("/compte").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Camille Parcours")))
			.andExpect(content().string(containsString("Animatrice ou animateur")))
			.andExpect(content().string(not(containsString("pas encore confirmée"))));
	}

	@Test
	void aUsedOrUnknownVerificationLinkShowsAWayToGetANewOne() throws Exception {
		String email = AccountsFixture.uniqueEmail("lien-use");
		this.accounts.verifiedAccount("Lien Utilisé", email);
		String link = this.accounts.linkInLatestMail(email, "accounts/verification");
		this.mvc.perform(get(AccountsFixture.pathOf(link)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ce lien ne fonctionne plus")))
			.andExpect(content().string(containsString("href=\"/compte/verifier/renvoyer\"")));
		this.mvc.perform(get("/compte/verifier/inconnu"))
			.andExpect(content().string(containsString("Ce lien ne fonctionne plus")));
		this.mvc.perform(post(AccountsFixture.pathOf(link)).with(csrf()))
			.andExpect(content().string(containsString("Ce lien ne fonctionne plus")));
	}

	@Test
	void anExpiredVerificationLinkNoLongerWorksAndANewOneCanBeSent() throws Exception {
		String email = AccountsFixture.uniqueEmail("expire");
		this.accounts.signUp("Lien Expiré", email, AccountsFixture.PASSWORD);
		String link = this.accounts.linkInLatestMail(email, "accounts/verification");
		this.jdbc.update("UPDATE account_token SET expires_at = now() - interval '1 minute' WHERE account_id = ?",
				this.accounts.accountId(email));
		this.mvc.perform(get(AccountsFixture.pathOf(link)))
			.andExpect(content().string(containsString("Ce lien ne fonctionne plus")));

		this.mvc.perform(post("/compte/verifier/renvoyer").with(csrf()).param("email", email.toUpperCase()))
			.andExpect(redirectedUrl("/compte/creer/confirmation"));
		String newLink = this.accounts.linkInLatestMail(email, "accounts/verification");
		assertThat(newLink).isNotEqualTo(link);
		this.accounts.confirm(AccountsFixture.pathOf(newLink)).andExpect(redirectedUrl("/connexion"));
		assertThat(this.jdbc.queryForObject("SELECT email_verified_at IS NOT NULL FROM account WHERE id = ?",
				Boolean.class, this.accounts.accountId(email)))
			.isTrue();
	}

	@Test
	void signingUpWithAKnownAddressLooksTheSameButMailsItsOwner() throws Exception {
		String email = AccountsFixture.uniqueEmail("doublon");
		this.accounts.signUp("Premier Compte", email, AccountsFixture.PASSWORD);
		this.accounts.signUp("Second Compte", email.toUpperCase(), "une autre phrase de passe");
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM account WHERE email = ?::citext", Integer.class, email))
			.isOne();
		String mail = this.accounts.latestMail(email, "accounts/already-registered");
		assertThat(mail).contains("Bonjour Premier Compte")
			.contains("http://localhost:8080/connexion")
			.contains("http://localhost:8080/compte/mot-de-passe-oublie");
	}

	@Test
	void shortPasswordIsRefusedAndNothingIsWritten() throws Exception {
		String email = AccountsFixture.uniqueEmail("court");
		this.mvc
			.perform(post("/compte/creer").with(csrf())
				.param("displayName", "Mot Court")
				.param("email", email)
				.param("password", "court123")
				.param("acknowledged", "true"))
			.andExpect(content().string(containsString("<title>Erreur : Créer un compte")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("au moins 12 caractères")))
			.andExpect(content().string(containsString("value=\"Mot Court\"")))
			.andExpect(content().string(containsString("value=\"" + email + "\"")))
			.andExpect(content().string(not(containsString("court123"))));
		assertNothingWritten(email);
	}

	@Test
	void commonPasswordIsRefusedWhateverItsCase() throws Exception {
		String email = AccountsFixture.uniqueEmail("commun");
		this.mvc
			.perform(post("/compte/creer").with(csrf())
				.param("displayName", "Mot Commun")
				.param("email", email)
				.param("password", "Unbelievable")
				.param("acknowledged", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("fait partie des plus utilisés")));
		assertNothingWritten(email);
	}

	@Test
	void passwordBuiltOnTheAddressOrNameIsRefused() throws Exception {
		String email = AccountsFixture.uniqueEmail("perso");
		this.mvc
			.perform(post("/compte/creer").with(csrf())
				.param("displayName", "Dominique")
				.param("email", email)
				.param("password", "Dominique2024!!")
				.param("acknowledged", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ne doit pas contenir votre adresse e-mail ni votre nom")));
		assertNothingWritten(email);
	}

	@Test
	void badAddressAndMissingAcknowledgementAreRefused() throws Exception {
		this.mvc
			.perform(post("/compte/creer").with(csrf())
				.param("displayName", "")
				.param("email", "pas-une-adresse")
				.param("password", AccountsFixture.PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Le formulaire contient des erreurs")))
			.andExpect(content().string(containsString("Indiquez votre nom.")))
			.andExpect(content().string(containsString("Indiquez une adresse e-mail valide")))
			.andExpect(content().string(containsString("Cochez la case")))
			.andExpect(content().string(containsString("href=\"#acknowledged\"")));
		assertNothingWritten("pas-une-adresse");
	}

	@Test
	void invisibleNamesAndUnreadableAcknowledgementsAreRefusedWithoutAnError() throws Exception {
		String email = AccountsFixture.uniqueEmail("invisible");
		this.mvc
			.perform(post("/compte/creer").with(csrf())
				.param("displayName", "\u200B\u200B")
				.param("email", email)
				.param("password", AccountsFixture.PASSWORD)
				.param("acknowledged", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("au moins une lettre ou un chiffre")));
		this.mvc
			.perform(post("/compte/creer").with(csrf())
				.param("displayName", "Nom \u202Eesrever")
				.param("email", email)
				.param("password", AccountsFixture.PASSWORD)
				.param("acknowledged", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("au moins une lettre ou un chiffre")));
		this.mvc
			.perform(post("/compte/creer").with(csrf())
				.param("displayName", "Nom Correct")
				.param("email", email)
				.param("password", AccountsFixture.PASSWORD)
				.param("acknowledged", "oui"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Le formulaire contient des erreurs")));
		this.mvc
			.perform(post("/compte/creer").with(csrf())
				.param("displayName", "Nom Trop Long")
				.param("email", "x".repeat(250) + "@exemple.fr")
				.param("password", AccountsFixture.PASSWORD)
				.param("acknowledged", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("254 caractères au plus")));
		assertThat(this.accounts.mailCount(email)).isZero();
	}

	@Test
	void oneAddressCannotSendMoreThanTenMailingFormsAnHour() throws Exception {
		String ip = "203.0.113." + (1 + new java.util.Random().nextInt(250));
		for (int i = 0; i < 10; i++) {
			this.mvc.perform(post("/compte/creer").with(csrf()).with((request) -> {
				request.setRemoteAddr(ip);
				return request;
			})
				.param("displayName", "Envoi " + i)
				.param("email", AccountsFixture.uniqueEmail("envoi"))
				.param("password", AccountsFixture.PASSWORD)
				.param("acknowledged", "true")).andExpect(redirectedUrl("/compte/creer/confirmation"));
		}
		String eleventh = AccountsFixture.uniqueEmail("onzieme");
		this.mvc.perform(post("/compte/creer").with(csrf()).with((request) -> {
			request.setRemoteAddr(ip);
			return request;
		})
			.param("displayName", "Onzième")
			.param("email", eleventh)
			.param("password", AccountsFixture.PASSWORD)
			.param("acknowledged", "true"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Trop de demandes")));
		assertThat(this.accounts.mailCount(eleventh)).isZero();
	}

	@Test
	void controlCharactersAreRefusedRatherThanFailingInTheDatabase() throws Exception {
		String email = AccountsFixture.uniqueEmail("nul");
		this.mvc.perform(post("/compte/creer").with(csrf())
			// NUL and the other C0 characters are removed by the site's filter; DEL is
			// not
			.param("displayName", "Nom\u0000\u007FNul")
			.param("email", email)
			.param("password", AccountsFixture.PASSWORD)
			.param("acknowledged", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sans caractère invisible ou de contrôle")));
		assertNothingWritten(email);
		this.mvc.perform(post("/connexion").with(csrf()).param("email", "nul\u0000@exemple.fr").param("password", "x"))
			.andExpect(redirectedUrl("/connexion?erreur"));
	}

	@Test
	void signUpWithoutCsrfTokenIsForbidden() throws Exception {
		String email = AccountsFixture.uniqueEmail("csrf");
		this.mvc
			.perform(post("/compte/creer").param("displayName", "Sans Jeton")
				.param("email", email)
				.param("password", AccountsFixture.PASSWORD)
				.param("acknowledged", "true"))
			.andExpect(status().isForbidden());
		assertNothingWritten(email);
	}

	private void assertNothingWritten(String email) {
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM account WHERE email = ?::citext", Integer.class, email))
			.isZero();
		assertThat(this.accounts.mailCount(email)).isZero();
	}

}
