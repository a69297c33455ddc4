package fr.cnnumerique.cafeia.site;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.accounts.AccountsFixture;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SpacePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFacilitatorsSpaceLeadsToProfileVenuesMatchingAndAccount() throws Exception {
		AccountsFixture accounts = new AccountsFixture(this.mvc, this.jdbc);
		String email = AccountsFixture.uniqueEmail("espace");
		accounts.verifiedAccount("Espace Animatrice", email);
		Cookie session = accounts.login(email, AccountsFixture.PASSWORD);
		this.mvc.perform(get("/espace").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/espace/profil\"")))
			.andExpect(content().string(containsString("href=\"/espace/lieux\"")))
			.andExpect(content().string(containsString("href=\"/espace/mise-en-relation\"")))
			.andExpect(content().string(containsString("class=\"nav-account\" href=\"/espace\"")));
	}

	@Test
	void anUnverifiedAccountIsSentToItsAccountPageNotToTheSpace() throws Exception {
		AccountsFixture accounts = new AccountsFixture(this.mvc, this.jdbc);
		String email = AccountsFixture.uniqueEmail("espace-non-verifie");
		accounts.signUp("Pas Encore", email, AccountsFixture.PASSWORD);
		Cookie session = accounts.login(email, AccountsFixture.PASSWORD);
		this.mvc.perform(get("/").cookie(session))
			.andExpect(content().string(containsString("class=\"nav-account\" href=\"/compte\"")))
			.andExpect(content().string(not(containsString("href=\"/espace\""))));
		this.mvc.perform(get("/espace").cookie(session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/espace")).andExpect(redirectedUrl("/connexion"));
	}

}
