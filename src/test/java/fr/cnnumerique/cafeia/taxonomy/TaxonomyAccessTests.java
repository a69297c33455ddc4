package fr.cnnumerique.cafeia.taxonomy;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.accounts.Role;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StaffLogin;
import fr.cnnumerique.cafeia.support.StaffLogin.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class TaxonomyAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Taxonomies taxonomies;

	private List<MockHttpServletRequestBuilder> routes() {
		long id = this.taxonomies.find(Vocabulary.THEME, "ia-et-travail").orElseThrow().id();
		String term = "/admin/thematiques/" + id;
		return List.of(get("/admin/thematiques"), get("/admin/thematiques/themes/nouveau"),
				post("/admin/thematiques/themes/nouveau").param("labelFr", "Intrus").param("labelEn", "Intruder"),
				get(term + "/modifier"),
				post(term + "/modifier").param("labelFr", "Intrus").param("labelEn", "Intruder"),
				post(term + "/monter").param("version", "0"), post(term + "/descendre").param("version", "0"),
				post(term + "/retirer").param("version", "0"), post(term + "/reactiver").param("version", "0"));
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		for (MockHttpServletRequestBuilder route : routes()) {
			this.mvc.perform(route.with(csrf())).andExpect(status().isFound()).andExpect(redirectedUrl("/connexion"));
		}
	}

	@Test
	void facilitatorsAndModeratorsAreRefused() throws Exception {
		StaffLogin staff = new StaffLogin(this.context);
		for (Staff account : List.of(staff.create("Fanny Facilitatrice", Role.FACILITATOR),
				staff.create("Marc Modérateur", Role.MODERATOR))) {
			for (MockHttpServletRequestBuilder route : routes()) {
				this.mvc.perform(route.with(account.login()).with(csrf())).andExpect(status().isForbidden());
			}
		}
		assertThat(this.taxonomies.find(Vocabulary.THEME, "ia-et-travail").orElseThrow().labelFr())
			.isEqualTo("IA et travail");
	}

	@Test
	void administratorsReachThePages() throws Exception {
		Staff admin = new StaffLogin(this.context).admin("Ada Admin");
		this.mvc.perform(get("/admin/thematiques").with(admin.login())).andExpect(status().isOk());
		this.mvc.perform(get("/admin/thematiques/publics/nouveau").with(admin.login())).andExpect(status().isOk());
	}

	@Test
	void postsWithoutCsrfTokenAreRefused() throws Exception {
		Staff admin = new StaffLogin(this.context).admin("Ada Admin");
		this.mvc
			.perform(post("/admin/thematiques/themes/nouveau").with(admin.login())
				.param("labelFr", "Sans jeton")
				.param("labelEn", "No token"))
			.andExpect(status().isForbidden());
		assertThat(this.taxonomies.active(Vocabulary.THEME)).extracting(Term::labelFr).doesNotContain("Sans jeton");
	}

}
