package fr.cnnumerique.cafeia.directory.venue;

import fr.cnnumerique.cafeia.accounts.Role;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StaffLogin;
import fr.cnnumerique.cafeia.support.StaffLogin.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Several facilitators manage one venue: the owner adds co-managers by the address of a
 * verified account, who can then edit it and are mailed; refusals write nothing; the
 * owner stays; only managers (and staff) change the managers.
 */
@IntegrationTest
class VenueCoManagerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	StaffLogin logins;

	@BeforeEach
	void setUp() {
		this.logins = new StaffLogin(this.context);
	}

	long venueOf(Staff owner) throws Exception {
		String name = VenueEditingTests.uniqueName("Partagé");
		this.mvc.perform(VenueEditingTests.venueForm("/espace/lieux/nouveau", name).with(owner.login()))
			.andExpect(status().isFound());
		return this.jdbc.sql("SELECT id FROM venue WHERE name = ?").param(name).query(Long.class).single();
	}

	int managers(long venueId) {
		return this.jdbc.sql("SELECT count(*) FROM venue_manager WHERE venue_id = ?")
			.param(venueId)
			.query(Integer.class)
			.single();
	}

	int mails(String email) {
		return this.jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipient = ? AND template = ?")
			.params(email, VenueManagers.MAIL_TEMPLATE)
			.query(Integer.class)
			.single();
	}

	@Test
	void anAddedCoManagerIsMailedAndCanEditTheVenue() throws Exception {
		Staff owner = this.logins.create("Odile Propriétaire", Role.FACILITATOR);
		Staff partner = this.logins.create("Paul Partenaire", Role.FACILITATOR);
		long id = venueOf(owner);
		String edit = "/espace/lieux/" + id + "/modifier";
		this.mvc.perform(get(edit).with(partner.login())).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/espace/lieux/" + id + "/gestionnaires").with(csrf())
				.with(owner.login())
				.param("email", "  " + partner.email().toUpperCase() + " "))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(edit))
			.andExpect(flash().attribute("success", "directory.venues.managers.added"));
		assertThat(managers(id)).isEqualTo(2);
		assertThat(mails(partner.email())).isOne();
		String body = this.jdbc.sql("SELECT body_text FROM mail_outbox WHERE recipient = ? AND template = ?")
			.params(partner.email(), VenueManagers.MAIL_TEMPLATE)
			.query(String.class)
			.single();
		assertThat(body).contains("Odile Propriétaire").contains(edit);
		this.mvc.perform(get(edit).with(partner.login()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Odile Propriétaire")))
			.andExpect(content().string(containsString("Paul Partenaire")))
			.andExpect(content().string(not(containsString(owner.email()))));
		this.mvc.perform(get("/espace/lieux").with(partner.login())).andExpect(status().isOk());
		this.mvc
			.perform(VenueEditingTests.venueForm(edit, "Renommé par le partenaire " + id, "version", "0")
				.with(partner.login()))
			.andExpect(status().isFound());
		assertThat(this.jdbc.sql("SELECT name FROM venue WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("Renommé par le partenaire " + id);
	}

	@Test
	void refusesUnknownAddressesAndDuplicatesWritingNothing() throws Exception {
		Staff owner = this.logins.create("Propriétaire", Role.FACILITATOR);
		Staff partner = this.logins.create("Partenaire", Role.FACILITATOR);
		long id = venueOf(owner);
		String path = "/espace/lieux/" + id + "/gestionnaires";
		this.mvc.perform(post(path).with(csrf()).with(owner.login()).param("email", "personne-inconnue@exemple.fr"))
			.andExpect(status().isBadRequest())
			.andExpect(
					model().attributeHasFieldErrorCode("coManagerForm", "email", "directory.venues.managers.unknown"))
			.andExpect(content().string(containsString("Aucun compte vérifié n&#39;utilise cette adresse.")));
		assertThat(managers(id)).isOne();
		this.mvc.perform(post(path).with(csrf()).with(owner.login()).param("email", owner.email()))
			.andExpect(status().isBadRequest())
			.andExpect(
					model().attributeHasFieldErrorCode("coManagerForm", "email", "directory.venues.managers.already"));
		this.mvc.perform(post(path).with(csrf()).with(owner.login()).param("email", partner.email()))
			.andExpect(status().isFound());
		this.mvc.perform(post(path).with(csrf()).with(owner.login()).param("email", partner.email()))
			.andExpect(status().isBadRequest())
			.andExpect(
					model().attributeHasFieldErrorCode("coManagerForm", "email", "directory.venues.managers.already"));
		assertThat(managers(id)).isEqualTo(2);
		assertThat(mails(partner.email())).isOne();
	}

	@Test
	void theOwnerStaysAndCoManagersCanLeave() throws Exception {
		Staff owner = this.logins.create("Propriétaire", Role.FACILITATOR);
		Staff partner = this.logins.create("Partenaire", Role.FACILITATOR);
		long id = venueOf(owner);
		this.mvc
			.perform(post("/espace/lieux/" + id + "/gestionnaires").with(csrf())
				.with(owner.login())
				.param("email", partner.email()))
			.andExpect(status().isFound());
		this.mvc
			.perform(post("/espace/lieux/" + id + "/gestionnaires/" + owner.id() + "/retirer").with(csrf())
				.with(partner.login()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("error", "directory.venues.managers.owner"));
		assertThat(managers(id)).isEqualTo(2);
		this.mvc
			.perform(post("/espace/lieux/" + id + "/gestionnaires/" + partner.id() + "/retirer").with(csrf())
				.with(partner.login()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/espace/lieux"))
			.andExpect(flash().attribute("success", "directory.venues.managers.removed"));
		assertThat(managers(id)).isOne();
		this.mvc.perform(get("/espace/lieux/" + id + "/modifier").with(partner.login()))
			.andExpect(status().isNotFound());
	}

	@Test
	void nonManagersCannotChangeTheManagers() throws Exception {
		Staff owner = this.logins.create("Propriétaire", Role.FACILITATOR);
		Staff other = this.logins.create("Autre", Role.FACILITATOR);
		long id = venueOf(owner);
		this.mvc
			.perform(post("/espace/lieux/" + id + "/gestionnaires").with(csrf())
				.with(other.login())
				.param("email", other.email()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/espace/lieux/" + id + "/gestionnaires/" + owner.id() + "/retirer").with(csrf())
				.with(other.login()))
			.andExpect(status().isNotFound());
		assertThat(managers(id)).isOne();
	}

}
