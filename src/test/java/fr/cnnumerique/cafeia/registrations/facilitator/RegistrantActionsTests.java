package fr.cnnumerique.cafeia.registrations.facilitator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import fr.cnnumerique.cafeia.accounts.Role;
import fr.cnnumerique.cafeia.events.TestEvent;
import fr.cnnumerique.cafeia.notifications.MailOutbox;
import fr.cnnumerique.cafeia.notifications.StoredMail;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StaffLogin;
import fr.cnnumerique.cafeia.support.StaffLogin.Staff;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What facilitators do from the registrants' page: write to every registrant (within the
 * daily limit), close and reopen registrations, switch the waiting list, mark attendance.
 * A refusal changes nothing; another facilitator's café answers 404.
 */
@IntegrationTest
class RegistrantActionsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailOutbox outbox;

	@Autowired
	ApplicationContext context;

	StaffLogin logins;

	RegistrantsFixture registrations;

	@BeforeEach
	void setUp() {
		this.logins = new StaffLogin(this.context);
		this.registrations = new RegistrantsFixture(this.jdbc);
	}

	@Test
	void aMessageReachesEveryChosenRegistrantWithoutTheFacilitatorsAddress() throws Exception {
		Staff organiser = this.logins.create("Olga Organisatrice", Role.FACILITATOR);
		long event = new TestEvent().organiser(organiser.id()).portalRegistration(10).insert(this.jdbc);
		String confirmed = RegistrantsFixture.uniqueEmail("alice");
		String waiting = RegistrantsFixture.uniqueEmail("chloe");
		String cancelled = RegistrantsFixture.uniqueEmail("denis");
		this.registrations.register(event, "CONFIRMED", "Alice", confirmed, 1, null);
		this.registrations.register(event, "WAITING", "Chloé", waiting, 1, null);
		this.registrations.register(event, "CANCELLED", "Denis", cancelled, 1, null);

		this.mvc
			.perform(message(event, organiser, "Changement de salle", "Rendez-vous salle B.\n\n<b>Merci</b> !",
					"confirmed"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/espace/cafes/" + event + "/inscrits"))
			.andExpect(flash().attribute("success", "registrations.facilitator.message.sent"));

		List<StoredMail> mails = this.outbox.mailsTo(confirmed);
		assertThat(mails).hasSize(1);
		StoredMail mail = mails.get(0);
		assertThat(mail.template()).isEqualTo("registrations/facilitator-message");
		assertThat(mail.subject()).isEqualTo("Un message des animateurs de votre café IA");
		assertThat(mail.text()).contains("Olga Organisatrice", "Changement de salle", "Rendez-vous salle B.",
				"<b>Merci</b> !", "/inscriptions/");
		assertThat(mail.html()).contains("&lt;b&gt;Merci&lt;/b&gt;").doesNotContain("<b>Merci");
		assertThat(mail.text() + mail.html()).doesNotContain(organiser.email());
		assertThat(this.jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipient = ? AND reply_to IS NULL")
			.param(confirmed)
			.query(Integer.class)
			.single()).isOne();
		assertThat(this.outbox.mailsTo(waiting)).isEmpty();
		assertThat(this.outbox.mailsTo(cancelled)).isEmpty();

		this.mvc.perform(message(event, organiser, "Rappel", "À demain.", "all")).andExpect(status().isFound());
		assertThat(this.outbox.mailsTo(confirmed)).hasSize(2);
		assertThat(this.outbox.mailsTo(waiting)).hasSize(1);
		assertThat(this.outbox.mailsTo(cancelled)).isEmpty();
	}

	@Test
	void refusedMessagesSendNothing() throws Exception {
		Staff organiser = this.logins.create("Olga Organisatrice", Role.FACILITATOR);
		Staff stranger = this.logins.create("Sam Autre", Role.FACILITATOR);
		long event = new TestEvent().organiser(organiser.id()).portalRegistration(10).insert(this.jdbc);
		String email = RegistrantsFixture.uniqueEmail("alice");
		this.registrations.register(event, "CONFIRMED", "Alice", email, 1, null);

		String page = this.mvc.perform(message(event, organiser, "", "x".repeat(2001), "confirmed"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(page).select(".error-summary").text()).contains("Indiquez l’objet du message.",
				"Le message ne doit pas dépasser 2000 caractères.");
		this.mvc.perform(message(event, organiser, "s".repeat(121), "Bonjour", "personne"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(message(event, stranger, "Bonjour", "Bonjour", "confirmed")).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/espace/cafes/" + event + "/inscrits/message").with(organiser.login())
				.param("subject", "Bonjour")
				.param("message", "Bonjour")
				.param("recipients", "confirmed"))
			.andExpect(status().isForbidden());
		assertThat(this.outbox.mailsTo(email)).isEmpty();
		assertThat(messagesRecorded(event)).isZero();
	}

	@Test
	void theDailyLimitOfMessagesHoldsForTheWholeCafe() throws Exception {
		Staff organiser = this.logins.create("Olga Organisatrice", Role.FACILITATOR);
		Staff partner = this.logins.create("Paul Coanimateur", Role.FACILITATOR);
		long event = new TestEvent().organiser(organiser.id()).portalRegistration(10).insert(this.jdbc);
		this.registrations.coFacilitator(event, partner.id());
		String email = RegistrantsFixture.uniqueEmail("alice");
		this.registrations.register(event, "CONFIRMED", "Alice", email, 1, null);
		this.jdbc.sql("INSERT INTO registration_message (event_id, sent_by, sent_at, recipients) VALUES (?, ?, ?, 1)")
			.params(event, organiser.id(), java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(25))))
			.update();

		for (Staff sender : List.of(organiser, partner, organiser)) {
			this.mvc.perform(message(event, sender, "Info", "Bonjour", "confirmed")).andExpect(status().isFound());
		}
		String page = this.mvc.perform(message(event, partner, "Encore", "Bonjour", "confirmed"))
			.andExpect(status().isTooManyRequests())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("nombre maximal de messages");
		assertThat(Jsoup.parse(page).select("#subject").val()).isEqualTo("Encore");
		assertThat(this.outbox.mailsTo(email)).hasSize(3);
		assertThat(messagesRecorded(event)).isEqualTo(4);
	}

	@Test
	void registrationsCloseAndReopen() throws Exception {
		Staff organiser = this.logins.create("Olga Organisatrice", Role.FACILITATOR);
		Staff stranger = this.logins.create("Sam Autre", Role.FACILITATOR);
		long event = new TestEvent().organiser(organiser.id()).portalRegistration(10).insert(this.jdbc);
		String base = "/espace/cafes/" + event + "/inscrits";

		this.mvc.perform(post(base + "/clore").with(csrf()).with(stranger.login())).andExpect(status().isNotFound());
		assertThat(closedAt(event)).isNull();
		this.mvc.perform(post(base + "/clore").with(csrf()).with(organiser.login()))
			.andExpect(redirectedUrl(base))
			.andExpect(flash().attribute("success", "registrations.facilitator.closed"));
		assertThat(closedAt(event)).isNotNull();
		assertThat(this.mvc.perform(get(base).with(organiser.login()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("Rouvrir les inscriptions");
		this.mvc.perform(post(base + "/rouvrir").with(csrf()).with(organiser.login()))
			.andExpect(flash().attribute("success", "registrations.facilitator.reopened"));
		assertThat(closedAt(event)).isNull();

		long started = new TestEvent().organiser(organiser.id())
			.portalRegistration(10)
			.startsIn(Duration.ofMinutes(-10))
			.insert(this.jdbc);
		this.mvc.perform(post("/espace/cafes/" + started + "/inscrits/clore").with(csrf()).with(organiser.login()))
			.andExpect(flash().attribute("error", "registrations.facilitator.refused.started"));
		assertThat(closedAt(started)).isNull();
		long elsewhere = new TestEvent().organiser(organiser.id()).insert(this.jdbc);
		this.mvc.perform(post("/espace/cafes/" + elsewhere + "/inscrits/clore").with(csrf()).with(organiser.login()))
			.andExpect(flash().attribute("error", "registrations.facilitator.refused.not-on-portal"));
	}

	@Test
	void theWaitingListSwitchesOffAndOn() throws Exception {
		Staff organiser = this.logins.create("Olga Organisatrice", Role.FACILITATOR);
		long event = new TestEvent().organiser(organiser.id()).portalRegistration(10).insert(this.jdbc);
		String path = "/espace/cafes/" + event + "/inscrits/liste-attente";

		this.mvc.perform(post(path).with(csrf()).with(organiser.login()).param("active", "false"))
			.andExpect(flash().attribute("success", "registrations.facilitator.waiting-list.deactivated"));
		assertThat(waitingList(event)).isFalse();
		this.mvc.perform(post(path).with(csrf()).with(organiser.login()))
			.andExpect(flash().attribute("error", "registrations.facilitator.waiting-list.missing"));
		assertThat(waitingList(event)).isFalse();
		this.mvc.perform(post(path).with(csrf()).with(organiser.login()).param("active", "true"))
			.andExpect(flash().attribute("success", "registrations.facilitator.waiting-list.activated"));
		assertThat(waitingList(event)).isTrue();
	}

	@Test
	void attendanceIsMarkedOnceTheCafeHasStarted() throws Exception {
		Staff organiser = this.logins.create("Olga Organisatrice", Role.FACILITATOR);
		long event = new TestEvent().organiser(organiser.id())
			.portalRegistration(10)
			.startsIn(Duration.ofMinutes(-30))
			.insert(this.jdbc);
		long upcoming = new TestEvent().organiser(organiser.id()).portalRegistration(10).insert(this.jdbc);
		long came = this.registrations.register(event, "CONFIRMED", "Alice", RegistrantsFixture.uniqueEmail("a"), 2,
				null);
		long absent = this.registrations.register(event, "CONFIRMED", "Bruno", RegistrantsFixture.uniqueEmail("b"), 1,
				null);
		long notYet = this.registrations.register(upcoming, "CONFIRMED", "Chloé", RegistrantsFixture.uniqueEmail("c"),
				1, null);
		String base = "/espace/cafes/" + event + "/inscrits";

		String before = this.mvc.perform(get(base).with(organiser.login()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(before).select("input[type=checkbox][name=present]")).hasSize(2);
		this.mvc
			.perform(post(base + "/presences").with(csrf())
				.with(organiser.login())
				.param("present", Long.toString(came), Long.toString(notYet)))
			.andExpect(flash().attribute("success", "registrations.facilitator.attendance.saved"));
		assertThat(this.registrations.attended(came)).isTrue();
		assertThat(this.registrations.attended(absent)).isFalse();
		assertThat(this.registrations.attended(notYet)).isNull();
		String after = this.mvc.perform(get(base).with(organiser.login()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(after).select("#present-count").text()).isEqualTo("1 inscription (2 places)");
		assertThat(Jsoup.parse(after).select("input[name=present][checked]").val()).isEqualTo(Long.toString(came));
		String csv = this.mvc.perform(get(base + ".csv").with(organiser.login()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains(";oui\r\n").contains(";non\r\n");

		this.mvc
			.perform(post("/espace/cafes/" + upcoming + "/inscrits/presences").with(csrf())
				.with(organiser.login())
				.param("present", Long.toString(notYet)))
			.andExpect(flash().attribute("error", "registrations.facilitator.refused.not-started"));
		assertThat(this.registrations.attended(notYet)).isNull();
	}

	private MockHttpServletRequestBuilder message(long event, Staff who, String subject, String text,
			String recipients) {
		return post("/espace/cafes/" + event + "/inscrits/message").with(csrf())
			.with(who.login())
			.param("subject", subject)
			.param("message", text)
			.param("recipients", recipients);
	}

	private int messagesRecorded(long event) {
		return this.jdbc.sql("SELECT count(*) FROM registration_message WHERE event_id = ?")
			.param(event)
			.query(Integer.class)
			.single();
	}

	private Instant closedAt(long event) {
		return this.jdbc.sql("SELECT closed_at FROM registration_event WHERE event_id = ?")
			.param(event)
			.query((rs, row) -> (rs.getTimestamp(1) != null) ? rs.getTimestamp(1).toInstant() : null)
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	private boolean waitingList(long event) {
		return this.jdbc.sql("SELECT waiting_list FROM registration_event WHERE event_id = ?")
			.param(event)
			.query(Boolean.class)
			.single();
	}

}
