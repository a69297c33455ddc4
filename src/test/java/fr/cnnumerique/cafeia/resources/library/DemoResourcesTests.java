package fr.cnnumerique.cafeia.resources.library;

import java.util.UUID;

import fr.cnnumerique.cafeia.accounts.AccountAdministration;
import fr.cnnumerique.cafeia.resources.files.FileStore;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo resources: never seeded against an external database; when seeded (here for a
 * test account standing in for the demo facilitator) public at once with a downloadable
 * file, and only once.
 */
@IntegrationTest
class DemoResourcesTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	LibraryStore store;

	@Test
	void demoResourcesAreNeverSeededAgainstAnExternalDatabase() {
		assertThat(this.context.getBeansOfType(DemoResources.class)).isEmpty();
	}

	@Test
	void publishesADozenResourcesWithTheirFilesOnce() throws Exception {
		String email = "demo-ressources-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
		Long id = this.jdbc.queryForObject("""
				INSERT INTO account (display_name, email, password_hash, email_verified_at, locale)
				VALUES ('Animatrice démo', ?, NULL, now(), 'fr') RETURNING id
				""", Long.class, email);
		this.jdbc.update("INSERT INTO account_role (account_id, role) VALUES (?, 'FACILITATOR')", id);
		DemoResources demo = new DemoResources(this.context.getBean(AccountAdministration.class), this.store,
				this.context.getBean(FileStore.class), this.context.getBean(TransactionTemplate.class));

		assertThat(demo.seed(email)).isEqualTo(12);
		assertThat(demo.seed(email)).isZero();
		LibraryItem first = this.store.byAuthor(id)
			.stream()
			.filter((item) -> item.title().equals("Animer un café IA en 90 minutes"))
			.findFirst()
			.orElseThrow();
		this.mvc.perform(get(first.publicPath()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("deroule-cafe-ia-90-minutes.md")));
		long fileId = this.store.versions(first.id(), true).get(0).files().get(0).id();
		this.mvc.perform(get("/ressources/" + first.id() + "/fichiers/" + fileId))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/markdown;charset=UTF-8"))
			.andExpect(content().string(containsString("0-10 min, accueil")));
	}

}
