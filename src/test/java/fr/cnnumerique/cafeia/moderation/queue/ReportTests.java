package fr.cnnumerique.cafeia.moderation.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.moderation.ModerationStatus;
import fr.cnnumerique.cafeia.moderation.queue.StaffFixture.Staff;
import fr.cnnumerique.cafeia.notifications.MailOutbox;
import fr.cnnumerique.cafeia.notifications.StoredMail;
import fr.cnnumerique.cafeia.shared.PublicFormGuard;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.testcontent.FakeContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Visitor reports: the public form and its guards, then what staff do with reports.
 */
@IntegrationTest
class ReportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	FakeContent notes;

	@Autowired
	ModerationDesk desk;

	@Autowired
	PublicFormGuard guard;

	@Autowired
	MailOutbox outbox;

	StaffFixture staff;

	String ip;

	@BeforeEach
	void setUp() {
		this.staff = new StaffFixture(this.mvc, this.jdbc, this.encoder, this.jdbcTemplate);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		this.ip = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256);
	}

	@Test
	void theReportLinkLeadsToAFormWithAHiddenHoneypot() throws Exception {
		String note = publishedNote(this.staff.account("Ada", StaffFixture.uniqueEmail("a"), "FACILITATOR"));
		this.mvc.perform(get("/signaler").param("type", FakeContent.TYPE).param("id", note))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vous signalez : Note publiée")))
			.andExpect(content().string(containsString("aria-hidden=\"true\"")))
			.andExpect(content().string(containsString("name=\"website\"")))
			.andExpect(content().string(containsString("name=\"formToken\"")));
	}

	@Test
	void aReportJoinsTheQueueAndDismissingItTellsTheReporter() throws Exception {
		String note = publishedNote(this.staff.account("Ada", StaffFixture.uniqueEmail("a"), "FACILITATOR"));
		String reporter = StaffFixture.uniqueEmail("visiteur");
		this.mvc.perform(report(note).param("email", reporter).param("message", "Propos injurieux"))
			.andExpect(redirectedUrl("/signaler/merci"));
		assertThat(openReports(note)).isOne();

		Staff moderator = this.staff.loggedIn("Mina Moderatrice", "MODERATOR");
		this.mvc.perform(get("/moderation/signalements").cookie(moderator.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Note publiée")));
		long itemId = item(note).id();
		this.mvc.perform(get("/moderation/signalements/" + itemId).cookie(moderator.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Propos injurieux")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(reporter))));
		this.mvc
			.perform(
					post("/moderation/signalements/" + itemId + "/classement").cookie(moderator.session()).with(csrf()))
			.andExpect(redirectedUrl("/moderation/signalements"));

		assertThat(openReports(note)).isZero();
		assertThat(item(note).status()).isEqualTo(ModerationStatus.PUBLISHED);
		assertThat(this.outbox.mailsTo(reporter)).extracting(StoredMail::template)
			.containsExactly("moderation/report-closed");
		assertThat(audit(note)).contains("moderation.dismiss-reports");
		this.mvc
			.perform(
					post("/moderation/signalements/" + itemId + "/classement").cookie(moderator.session()).with(csrf()))
			.andExpect(redirectedUrl("/moderation/signalements/" + itemId));
	}

	@Test
	void unpublishingTellsTheAuthorAndTheContentModule() throws Exception {
		String authorEmail = StaffFixture.uniqueEmail("autrice");
		String note = publishedNote(this.staff.account("Ada", authorEmail, "FACILITATOR"));
		this.mvc.perform(report(note)).andExpect(redirectedUrl("/signaler/merci"));
		Staff moderator = this.staff.loggedIn("Mina Moderatrice", "MODERATOR");
		QueueItem item = item(note);

		this.mvc
			.perform(post("/moderation/signalements/" + item.id() + "/retrait").cookie(moderator.session())
				.with(csrf())
				.param("reason", "propos-inappropries")
				.param("version", Long.toString(item.version())))
			.andExpect(redirectedUrl("/moderation/signalements"));

		await().atMost(Duration.ofSeconds(10)).until(() -> this.notes.state(note).orElseThrow().equals("HIDDEN"));
		assertThat(item(note).status()).isEqualTo(ModerationStatus.UNPUBLISHED);
		assertThat(this.outbox.mailsTo(authorEmail)).extracting(StoredMail::template)
			.contains("moderation/unpublished");
		assertThat(openReports(note)).isZero();
		assertThat(audit(note)).contains("moderation.unpublish");
	}

	@Test
	void unpublishingNeedsAReason() throws Exception {
		String note = publishedNote(this.staff.account("Ada", StaffFixture.uniqueEmail("a"), "FACILITATOR"));
		Staff moderator = this.staff.loggedIn("Mina Moderatrice", "MODERATOR");
		QueueItem item = item(note);
		this.mvc
			.perform(post("/moderation/signalements/" + item.id() + "/retrait").cookie(moderator.session())
				.with(csrf())
				.param("version", Long.toString(item.version())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choisissez un motif dans la liste.")));
		assertThat(item(note).status()).isEqualTo(ModerationStatus.PUBLISHED);
	}

	@Test
	void aFilledHoneypotIsDroppedSilently() throws Exception {
		String note = publishedNote(this.staff.account("Ada", StaffFixture.uniqueEmail("a"), "FACILITATOR"));
		this.mvc.perform(report(note).param("website", "https://spam.example"))
			.andExpect(redirectedUrl("/signaler/merci"));
		assertThat(openReports(note)).isZero();
	}

	@Test
	void aFormSentTooFastOrForgedIsRefusedWithAMessage() throws Exception {
		String note = publishedNote(this.staff.account("Ada", StaffFixture.uniqueEmail("a"), "FACILITATOR"));
		this.mvc.perform(report(note, this.guard.token()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("envoyé trop vite")));
		this.mvc.perform(report(note, "1.forged"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Le formulaire a expiré")));
		assertThat(openReports(note)).isZero();
	}

	@Test
	void pastTheLimitPerAddressTheAnswerIs429() throws Exception {
		String note = publishedNote(this.staff.account("Ada", StaffFixture.uniqueEmail("a"), "FACILITATOR"));
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(report(note)).andExpect(redirectedUrl("/signaler/merci"));
		}
		this.mvc.perform(report(note))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Trop de demandes")));
		assertThat(openReports(note)).isEqualTo(5);
	}

	@Test
	void onlyKnownContentCanBeReported() throws Exception {
		this.mvc.perform(get("/signaler").param("type", "event").param("id", "inconnu"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Ce contenu est introuvable")));
		this.mvc.perform(get("/signaler")).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/signaler").with(csrf())
				.with(this::fromTestAddress)
				.param("type", "event")
				.param("id", "inconnu")
				.param("reason", "autre")
				.param("message", "x")
				.param("formToken", this.guard.token(Instant.now().minusSeconds(10))))
			.andExpect(status().isNotFound());
		long author = this.staff.account("Ana Pending", StaffFixture.uniqueEmail("attente"), "FACILITATOR");
		String pending = this.notes.create("Note en attente", "Pas encore publique", author);
		this.mvc.perform(get("/signaler").param("type", FakeContent.TYPE).param("id", pending))
			.andExpect(status().isNotFound());
	}

	@Test
	void aReportNeedsAKnownReasonAndAShortMessage() throws Exception {
		String note = publishedNote(this.staff.account("Ada", StaffFixture.uniqueEmail("a"), "FACILITATOR"));
		this.mvc.perform(report(note).param("reason", "pas-une-raison").param("message", "x".repeat(1001)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choisissez une raison dans la liste.")))
			.andExpect(content().string(containsString("ne doit pas dépasser 1 000 caractères")));
		assertThat(openReports(note)).isZero();
	}

	private MockHttpServletRequestBuilder report(String note) {
		return report(note, this.guard.token(Instant.now().minusSeconds(10)));
	}

	private MockHttpServletRequestBuilder report(String note, String token) {
		return post("/signaler").with(csrf())
			.with(this::fromTestAddress)
			.param("type", FakeContent.TYPE)
			.param("id", note)
			.param("reason", "propos-inappropries")
			.param("formToken", token);
	}

	private org.springframework.mock.web.MockHttpServletRequest fromTestAddress(
			org.springframework.mock.web.MockHttpServletRequest request) {
		request.setRemoteAddr(this.ip);
		return request;
	}

	private String publishedNote(long author) {
		String note = this.notes.create("Note publiée", "Texte public", author);
		QueueItem item = item(note);
		this.desk.decide(item.id(), item.version(), Decision.APPROVE, null, null, -1);
		return note;
	}

	private QueueItem item(String note) {
		return this.desk.find(FakeContent.TYPE, note).orElseThrow();
	}

	private long openReports(String note) {
		return this.jdbc.sql("""
				SELECT count(*) FROM moderation_report r JOIN moderation_item i ON i.id = r.item_id
				WHERE i.content_id = ? AND r.status = 'OPEN'
				""").param(note).query(Long.class).single();
	}

	private java.util.List<String> audit(String note) {
		return this.jdbc.sql("SELECT action FROM audit_log WHERE target_id = ? ORDER BY id")
			.param(note)
			.query(String.class)
			.list();
	}

}
