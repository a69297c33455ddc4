package fr.cnnumerique.cafeia.directory.facilitator;

import fr.cnnumerique.cafeia.directory.contact.ContactRelay;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.directory.FacilitatorDirectory;
import fr.cnnumerique.cafeia.notifications.MailOutbox;
import fr.cnnumerique.cafeia.notifications.StoredMail;
import fr.cnnumerique.cafeia.shared.PublicFormGuard;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The contact relay: the facilitator gets the message by mail with the sender's address,
 * neither address shows on the site, and the public-form guard keeps robots out.
 */
@IntegrationTest
class ContactRelayTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	FacilitatorDirectory directory;

	@Autowired
	PublicFormGuard guard;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	FacilitatorFixture fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new FacilitatorFixture(this.context);
	}

	@Test
	void theMessageIsMailedToTheFacilitatorWithTheSendersAddressAndNoAddressIsShown() throws Exception {
		var published = this.fixture.published("Sacha Contact " + FacilitatorFixture.token(), "Toulouse");
		String contact = this.directory.findPublished(published.id()).orElseThrow().contactPath();

		this.mvc.perform(get(contact))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"website\"")))
			.andExpect(content().string(not(containsString(published.who().email()))));
		this.mvc.perform(message(contact, "Zoé Curieuse", "zoe.curieuse@exemple.fr"))
			.andExpect(redirectedUrl(contact + "/envoye"));
		this.mvc.perform(get(contact + "/envoye"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(published.who().email()))));

		List<StoredMail> mails = this.outbox.mailsTo(published.who().email());
		assertThat(mails).extracting(StoredMail::template).containsExactly("directory/contact");
		assertThat(mails.get(0).subject()).isEqualTo("Un message depuis l'annuaire Café IA");
		assertThat(mails.get(0).text()).contains("Zoé Curieuse", "zoe.curieuse@exemple.fr",
				"Pourriez-vous animer un café IA ?");
		assertThat(this.jdbc.sql("SELECT reply_to FROM mail_outbox WHERE id = ?")
			.param(mails.get(0).id())
			.query(String.class)
			.single()).isEqualTo("zoe.curieuse@exemple.fr");
	}

	@Test
	void aFilledHoneypotSendsNothingAndATooFastFormIsShownAgain() throws Exception {
		var published = this.fixture.published("Tara Robot " + FacilitatorFixture.token(), "Toulouse");
		String contact = this.directory.findPublished(published.id()).orElseThrow().contactPath();

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
		this.mvc
			.perform(post(contact).with(csrf())
				.param("senderName", "Sans adresse")
				.param("message", "Bonjour")
				.param("website", "")
				.param("formToken", this.guard.token(Instant.now().minusSeconds(30))))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Saisissez votre adresse e-mail")));

		this.mvc.perform(message(contact, "Guillemets", "\"a b\"@exemple.fr"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Saisissez une adresse e-mail valide")));
		assertThat(this.outbox.mailsTo(published.who().email())).isEmpty();
	}

	@Test
	void pastTheLimitPerAddressTheAnswerIs429() throws Exception {
		var published = this.fixture.published("Ugo Limite " + FacilitatorFixture.token(), "Toulouse");
		String contact = this.directory.findPublished(published.id()).orElseThrow().contactPath();
		String ip = "203.0.113." + (1 + (int) (Math.random() * 250));

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
		assertThat(this.outbox.mailsTo(published.who().email())).hasSize(ContactRelay.PER_IP_PER_HOUR);
	}

	@Test
	void aProfileThatIsNotPublicCannotBeContacted() throws Exception {
		var who = this.fixture.facilitator("Wanda Privee");
		this.fixture.save(this.fixture.form(who, "Wanda Privee", "Lyon", false));
		long id = this.fixture.profileId(who.id());
		this.mvc.perform(get("/annuaire/animateurs/" + id + "-wanda-privee/contact")).andExpect(status().isNotFound());
		this.mvc.perform(message("/annuaire/animateurs/" + id + "-wanda-privee/contact", "X", "x@exemple.fr"))
			.andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder message(String contact, String name, String email) {
		return post(contact).with(csrf())
			.param("senderName", name)
			.param("senderEmail", email)
			.param("message", "Bonjour,\nPourriez-vous animer un café IA ?")
			.param("website", "")
			.param("formToken", this.guard.token(Instant.now().minusSeconds(30)));
	}

}
