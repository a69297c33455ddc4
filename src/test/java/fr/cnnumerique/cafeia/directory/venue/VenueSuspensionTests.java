package fr.cnnumerique.cafeia.directory.venue;

import java.time.Duration;
import java.util.UUID;

import fr.cnnumerique.cafeia.accounts.AccountAdministration;
import fr.cnnumerique.cafeia.accounts.Role;
import fr.cnnumerique.cafeia.directory.VenueDirectory;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StaffLogin;
import fr.cnnumerique.cafeia.support.StaffLogin.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A venue whose every manager is suspended leaves the public directory, its page, the CSV
 * and the GeoJSON, and comes back when one of them is reactivated.
 */
@IntegrationTest
class VenueSuspensionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VenueStore store;

	@Autowired
	VenueDirectory directory;

	@Autowired
	AccountAdministration administration;

	@Test
	void aVenueIsHiddenWhileEveryManagerIsSuspended() throws Exception {
		StaffLogin logins = new StaffLogin(this.context);
		String token = "vs" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		Staff owner = logins.create("Irene Suspendue " + token, Role.FACILITATOR);
		Staff coManager = logins.create("Jules Suspendu " + token, Role.FACILITATOR);
		String name = "Salle " + token;
		long id = this.jdbc.sql("""
				INSERT INTO venue (name, type, street, postal_code, insee_code, commune_name, latitude, longitude,
				  ready_to_host, created_by)
				VALUES (?, 'mairie', '1 place Bellecour', '69002', '69123', 'Lyon', 45.7578, 4.8320, true, ?)
				RETURNING id
				""").params(name, owner.id()).query(Long.class).single();
		this.jdbc
			.sql("INSERT INTO venue_manager (venue_id, account_id, role) VALUES (?, ?, 'OWNER'), (?, ?, 'CO_MANAGER')")
			.params(id, owner.id(), id, coManager.id())
			.update();
		this.store.publish(id);
		String path = "/annuaire/lieux/" + id + "-salle-" + token;
		assertVisible(id, path, name, true);

		suspend(owner.id());
		await().atMost(Duration.ofSeconds(10)).until(() -> suspended(owner.id()));
		assertVisible(id, path, name, true);

		suspend(coManager.id());
		await().atMost(Duration.ofSeconds(10)).until(() -> this.directory.findPublished(id).isEmpty());
		assertVisible(id, path, name, false);

		this.administration.reactivate(owner.id(), this.administration.find(owner.id()).orElseThrow().version());
		await().atMost(Duration.ofSeconds(10)).until(() -> this.directory.findPublished(id).isPresent());
		assertVisible(id, path, name, true);
	}

	private void suspend(long account) {
		this.administration.suspend(account, "test", this.administration.find(account).orElseThrow().version());
	}

	private boolean suspended(long account) {
		return this.jdbc.sql("SELECT bool_and(suspended) FROM venue_manager WHERE account_id = ?")
			.param(account)
			.query(Boolean.class)
			.single();
	}

	private void assertVisible(long id, String path, String name, boolean visible) throws Exception {
		assertThat(this.directory.findPublished(id).isPresent()).isEqualTo(visible);
		this.mvc.perform(get(path)).andExpect(visible ? status().isOk() : status().isNotFound());
		this.mvc.perform(get(path + "/contact")).andExpect(visible ? status().isOk() : status().isNotFound());
		String list = body("/annuaire/lieux?q=" + name);
		String csv = body("/annuaire/lieux.csv");
		String geojson = body("/annuaire/lieux.geojson");
		if (visible) {
			assertThat(list).contains("href=\"" + path + "\"");
			assertThat(csv).contains(name);
			assertThat(geojson).contains(name);
		}
		else {
			assertThat(list).doesNotContain("href=\"" + path + "\"");
			assertThat(csv).doesNotContain(name);
			assertThat(geojson).doesNotContain(name);
		}
	}

	private String body(String url) throws Exception {
		return this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

}
