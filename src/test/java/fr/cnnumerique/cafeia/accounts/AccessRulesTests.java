package fr.cnnumerique.cafeia.accounts;

import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccessRulesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		for (String path : new String[] { "/compte", "/compte/nom", "/compte/donnees.json", "/espace/x",
				"/moderation/x", "/admin/x" }) {
			this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/connexion"));
		}
	}

	@Test
	void publicAccountPagesNeedNoLogin() throws Exception {
		for (String path : new String[] { "/connexion", "/compte/creer", "/compte/creer/confirmation",
				"/compte/mot-de-passe-oublie", "/compte/mot-de-passe-oublie/confirmation",
				"/compte/verifier/renvoyer" }) {
			this.mvc.perform(get(path)).andExpect(status().isOk());
		}
	}

	@Test
	@WithMockUser(roles = "FACILITATOR")
	void facilitatorsReachTheirSpaceButNotStaffPages() throws Exception {
		this.mvc.perform(get("/espace/x")).andExpect(status().is(not(403)));
		this.mvc.perform(get("/moderation/x")).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/x")).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(roles = "MODERATOR")
	void moderatorsReachModerationAndTheFacilitatorSpace() throws Exception {
		this.mvc.perform(get("/moderation/x")).andExpect(status().is(oneOf(200, 404)));
		this.mvc.perform(get("/espace/x")).andExpect(status().is(oneOf(200, 404)));
		this.mvc.perform(get("/admin/x")).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void administratorsReachEverything() throws Exception {
		this.mvc.perform(get("/admin/x")).andExpect(status().is(oneOf(200, 404)));
		this.mvc.perform(get("/moderation/x")).andExpect(status().is(oneOf(200, 404)));
	}

	@Test
	@WithMockUser
	void accountWithoutRoleIsRefusedTheFacilitatorSpace() throws Exception {
		this.mvc.perform(get("/espace/x")).andExpect(status().isForbidden());
	}

	@Test
	void postsWithoutCsrfTokenAreForbidden() throws Exception {
		for (String path : new String[] { "/compte/creer", "/compte/mot-de-passe-oublie", "/compte/verifier/renvoyer",
				"/connexion", "/deconnexion" }) {
			this.mvc.perform(post(path).param("email", "x@exemple.fr")).andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/compte/mot-de-passe-oublie").with(csrf().useInvalidToken()).param("email", "x@exemple.fr"))
			.andExpect(status().isForbidden());
	}

}
