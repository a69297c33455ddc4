package fr.cnnumerique.cafeia.directory.facilitator;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.cnnumerique.cafeia.accounts.AccountAdministration;
import fr.cnnumerique.cafeia.accounts.AccountManagement;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.territory.PlaceFinder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo profiles: never seeded against an external database, and, when the seeding
 * runs (here on test accounts standing in for the demo facilitators), public at once in
 * real communes including overseas, and idempotent.
 */
@IntegrationTest
class DemoFacilitatorProfileTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void demoProfilesAreNeverSeededAgainstAnExternalDatabase() {
		assertThat(this.context.getBeansOfType(DemoFacilitatorProfile.class)).isEmpty();
	}

	@Test
	void listsOnePublicProfilePerFacilitatorOverRealCommunesOnceOnly() throws Exception {
		List<String> emails = new ArrayList<>();
		String run = UUID.randomUUID().toString().substring(0, 8);
		for (int i = 1; i <= DemoFacilitatorProfile.SEEDS.size(); i++) {
			String email = "demo-" + run + "-" + i + "@exemple.fr";
			Long id = this.jdbc.queryForObject("""
					INSERT INTO account (display_name, email, password_hash, email_verified_at, locale)
					VALUES (?, ?, NULL, now(), 'fr') RETURNING id
					""", Long.class, "Animateur " + run + " " + i, email);
			this.jdbc.update("INSERT INTO account_role (account_id, role) VALUES (?, 'FACILITATOR')", id);
			emails.add(email);
		}
		DemoFacilitatorProfile demo = new DemoFacilitatorProfile(this.context.getBean(AccountAdministration.class),
				this.context.getBean(FacilitatorProfiles.class), this.context.getBean(PlaceFinder.class),
				this.context.getBean(AccountManagement.class));

		List<String> listed = demo.listDemoProfiles(emails);

		assertThat(listed).hasSize(20);
		assertThat(demo.listDemoProfiles(emails)).isEmpty();
		this.mvc.perform(get(listed.get(19)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Animateur " + run + " 20")))
			.andExpect(content().string(containsString("Saint-Denis")));
		this.mvc.perform(get(listed.get(17)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fort-de-France")));
		assertThat(DemoFacilitatorProfile.demoFacilitatorEmails()).hasSize(20)
			.first()
			.isEqualTo("animateur-01@demo.cafeia.fr");
	}

}
