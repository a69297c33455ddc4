package fr.cnnumerique.cafeia.directory.venue;

import fr.cnnumerique.cafeia.directory.contact.ContactRelay;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.cnnumerique.cafeia.accounts.Role;
import fr.cnnumerique.cafeia.notifications.MailOutbox;
import fr.cnnumerique.cafeia.notifications.StoredMail;
import fr.cnnumerique.cafeia.shared.PublicFormGuard;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StaffLogin;
import fr.cnnumerique.cafeia.support.StaffLogin.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The venue contact relay: every manager gets the message by mail with the sender's
 * address as Reply-To, no manager's address shows on the site, and the public-form guard
 * keeps robots out.
 */
@IntegrationTest
class VenueContactTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VenueStore store;

	@Autowired
	PublicFormGuard guard;

	@Autowired
	MailOutbox outbox;

	record Venue(long id, String path, Staff owner, Staff coManager) {
	}

	Venue venue(boolean publish) {
		StaffLogin logins = new StaffLogin(this.context);
		String token = "vc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		Staff owner = logins.create("Olga Gerante " + token, Role.FACILITATOR);
		Staff coManager = logins.create("Paul Cogerant " + token, Role.FACILITATOR);
		long id = this.jdbc.sql("""
				INSERT INTO venue (name, type, street, postal_code, insee_code, commune_name, latitude, longitude,
				  ready_to_host, created_by)
				VALUES (?, 'tiers-lieu', '1 place Bellecour', '69002', '69123', 'Lyon', 45.7578, 4.8320, true, ?)
				RETURNING id
				""").params("Tiers-lieu " + token, owner.id()).query(Long.class).single();
		this.jdbc
			.sql("INSERT INTO venue_manager (venue_id, account_id, role) VALUES (?, ?, 'OWNER'), (?, ?, 'CO_MANAGER')")
			.params(id, owner.id(), id, coManager.id())
			.update();
		if (publish) {
			this.store.publish(id);
		}
		return new Venue(id, "/annuaire/lieux/" + id + "-tiers-lieu-" + token, owner, coManager);
	}

	@Test
	void theMessageIsMailedToEveryManagerWithTheSendersAddressAndNoAddressIsShown() throws Exception {
		Venue venue = venue(true);
		String contact = venue.path() + "/contact";

		this.mvc.perform(get(venue.path()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + contact + "\"")));
		this.mvc.perform(get(contact))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"website\""),
					not(containsString(venue.owner().email())), not(containsString(venue.coManager().email())))));
		this.mvc.perform(message(contact, "Zoé Curieuse", "zoe.curieuse@exemple.fr"))
			.andExpect(redirectedUrl(contact + "/envoye"));
		this.mvc.perform(get(contact + "/envoye"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(not(containsString(venue.owner().email())), not(containsString(venue.coManager().email())))));

		for (Staff manager : List.of(venue.owner(), venue.coManager())) {
			List<StoredMail> mails = this.outbox.mailsTo(manager.email());
			assertThat(mails).extracting(StoredMail::template).containsExactly("directory/venue-contact");
			assertThat(mails.get(0).subject()).isEqualTo("Un message pour votre lieu depuis l'annuaire Café IA");
			assertThat(mails.get(0).text()).contains("Zoé Curieuse", "zoe.curieuse@exemple.fr",
					"Pourriez-vous accueillir un café IA ?", venue.path());
			assertThat(this.jdbc.sql("SELECT reply_to FROM mail_outbox WHERE id = ?")
				.param(mails.get(0).id())
				.query(String.class)
				.single()).isEqualTo("zoe.curieuse@exemple.fr");
		}
	}

	@Test
	void aFilledHoneypotSendsNothingAndATooFastFormIsShownAgain() throws Exception {
		Venue venue = venue(true);
		String contact = venue.path() + "/contact";
		this.mvc.perform(message(contact, "Robot", "robot@exemple.fr").param("website", "http://spam.example"))
			.andExpect(redirectedUrl(contact + "/envoye"));
		this.mvc
			.perform(post(contact).with(csrf())
				.param("senderName", "Pressé")
				.param("senderEmail", "presse@exemple.fr")
				.param("message", "Vite")
				.param("website", "")
				.param("formToken", this.guard.token()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("trop vite")));
		this.mvc.perform(message(contact, "Sans adresse", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Saisissez votre adresse e-mail")));
		assertThat(this.outbox.mailsTo(venue.owner().email())).isEmpty();
	}

	@Test
	void pastTheLimitPerAddressTheAnswerIs429() throws Exception {
		Venue venue = venue(true);
		String contact = venue.path() + "/contact";
		String ip = "198.51.100." + (1 + (int) (Math.random() * 250));
		for (int i = 0; i < ContactRelay.PER_IP_PER_HOUR; i++) {
			this.mvc.perform(message(contact, "Vera", "vera@exemple.fr").with((request) -> {
				request.setRemoteAddr(ip);
				return request;
			})).andExpect(status().isFound());
		}
		this.mvc.perform(message(contact, "Vera", "vera@exemple.fr").with((request) -> {
			request.setRemoteAddr(ip);
			return request;
		})).andExpect(status().isTooManyRequests());
		assertThat(this.outbox.mailsTo(venue.owner().email())).hasSize(ContactRelay.PER_IP_PER_HOUR);
	}

	@Test
	void aVenueThatIsNotPublishedCannotBeContacted() throws Exception {
		Venue venue = venue(false);
		String contact = venue.path() + "/contact";
		this.mvc.perform(get(contact)).andExpect(status().isNotFound());
		this.mvc.perform(message(contact, "X", "x@exemple.fr")).andExpect(status().isNotFound());
		assertThat(this.outbox.mailsTo(venue.owner().email())).isEmpty();
	}

	private MockHttpServletRequestBuilder message(String contact, String name, String email) {
		return post(contact).with(csrf())
			.param("senderName", name)
			.param("senderEmail", email)
			.param("message", "Bonjour,\nPourriez-vous accueillir un café IA ?")
			.param("website", "")
			.param("formToken", this.guard.token(Instant.now().minusSeconds(30)));
	}

}
