package fr.cnnumerique.cafeia.moderation.audit;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.accounts.Role;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StaffLogin;
import fr.cnnumerique.cafeia.support.StaffLogin.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class JournalAccessTests {

	private static final List<String> ROUTES = List.of("/admin/journal", "/admin/journal.csv",
			"/admin/journal?q=x&page=2");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		for (String route : ROUTES) {
			this.mvc.perform(get(route)).andExpect(status().isFound()).andExpect(redirectedUrl("/connexion"));
		}
	}

	@Test
	void facilitatorsAndModeratorsAreRefused() throws Exception {
		StaffLogin staff = new StaffLogin(this.context);
		for (Staff account : List.of(staff.create("Fanny Facilitatrice", Role.FACILITATOR),
				staff.create("Marc Modérateur", Role.MODERATOR))) {
			for (String route : ROUTES) {
				this.mvc.perform(get(route).with(account.login())).andExpect(status().isForbidden());
			}
		}
	}

	@Test
	void administratorsReadTheJournal() throws Exception {
		Staff admin = new StaffLogin(this.context).admin("Ada Admin");
		for (String route : ROUTES) {
			this.mvc.perform(get(route).with(admin.login())).andExpect(status().isOk());
		}
	}

}
