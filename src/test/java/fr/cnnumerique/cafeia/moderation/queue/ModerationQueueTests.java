package fr.cnnumerique.cafeia.moderation.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.moderation.ModerationQueue;
import fr.cnnumerique.cafeia.moderation.ModerationStatus;
import fr.cnnumerique.cafeia.moderation.Submission;
import fr.cnnumerique.cafeia.moderation.TrustedAuthors;
import fr.cnnumerique.cafeia.moderation.queue.StaffFixture.Staff;
import fr.cnnumerique.cafeia.notifications.MailOutbox;
import fr.cnnumerique.cafeia.notifications.StoredMail;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.testcontent.FakeContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The contract between content modules and the queue, through the fake content module of
 * the tests: submit, decide in the staff pages, the event applied by the content module,
 * the author's mail and the audit entry.
 */
@IntegrationTest
class ModerationQueueTests {

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
	ModerationQueue queue;

	@Autowired
	ModerationDesk desk;

	@Autowired
	TrustedAuthors trusted;

	@Autowired
	MailOutbox outbox;

	StaffFixture staff;

	@BeforeEach
	void setUp() {
		this.staff = new StaffFixture(this.mvc, this.jdbc, this.encoder, this.jdbcTemplate);
	}

	@Test
	void approvedContentIsPublishedByItsModuleAndTheAuthorIsMailed() throws Exception {
		String authorEmail = StaffFixture.uniqueEmail("autrice");
		long author = this.staff.account("Ada Autrice", authorEmail, "FACILITATOR");
		String note = this.notes.create("Café IA à Lyon", "Un café pour parler d'IA.\nSalle 2.", author);
		assertThat(this.queue.statusOf(FakeContent.TYPE, note)).contains(ModerationStatus.PENDING);
		QueueItem item = item(note);
		Staff moderator = this.staff.loggedIn("Mina Moderatrice", "MODERATOR");

		this.mvc.perform(get("/moderation").cookie(moderator.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Café IA à Lyon")));
		this.mvc.perform(get("/moderation/" + item.id()).cookie(moderator.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<ins>")))
			.andExpect(content().string(containsString("Salle 2.")));
		this.mvc
			.perform(post("/moderation/" + item.id()).cookie(moderator.session())
				.with(csrf())
				.param("decision", "APPROVE")
				.param("version", Long.toString(item.version())))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/moderation"))
			.andExpect(flash().attribute("success", "moderation.decision.done.approved"));

		await().atMost(Duration.ofSeconds(10)).until(() -> this.notes.state(note).orElseThrow().equals("PUBLIC"));
		assertThat(this.queue.statusOf(FakeContent.TYPE, note)).contains(ModerationStatus.PUBLISHED);
		assertThat(this.outbox.mailsTo(authorEmail)).extracting(StoredMail::template)
			.containsExactly("moderation/approved");
		assertThat(audit(note)).containsExactly("moderation.approve");
		await().atMost(Duration.ofSeconds(10)).until(() -> incompletePublications(note) == 0);
		assertThat(this.jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?")
			.param("%" + note + "%")
			.query(Long.class)
			.single()).as("persisted event publications").isPositive();
	}

	@Test
	void rejectionWithAReasonIsAppliedAndMailedWithTheReason() throws Exception {
		String authorEmail = StaffFixture.uniqueEmail("auteur");
		long author = this.staff.account("Jean Auteur", authorEmail, "FACILITATOR");
		String note = this.notes.create("Promo -50 %", "Achetez nos formations.", author);
		Staff moderator = this.staff.loggedIn("Marc Moderateur", "MODERATOR");
		QueueItem item = item(note);

		this.mvc
			.perform(post("/moderation/" + item.id()).cookie(moderator.session())
				.with(csrf())
				.param("decision", "REJECT")
				.param("reason", "contenu-commercial")
				.param("comment", "Le programme n'accueille pas de publicité.")
				.param("version", Long.toString(item.version())))
			.andExpect(redirectedUrl("/moderation"));

		await().atMost(Duration.ofSeconds(10)).until(() -> this.notes.state(note).orElseThrow().equals("REJECTED"));
		assertThat(this.notes.lastReason(note)).contains("contenu-commercial");
		List<StoredMail> mails = this.outbox.mailsTo(authorEmail);
		assertThat(mails).extracting(StoredMail::template).containsExactly("moderation/rejected");
		assertThat(mails.get(0).text()).contains("Contenu commercial", "n'accueille pas de publicité");
		assertThat(mails.get(0).subject()).isEqualTo("Votre contenu n'a pas été publié");
		assertThat(audit(note)).containsExactly("moderation.reject");
	}

	@Test
	void requestingChangesSendsTheContentBackToItsAuthor() throws Exception {
		String authorEmail = StaffFixture.uniqueEmail("autrice");
		long author = this.staff.account("Léa Autrice", authorEmail, "FACILITATOR");
		String note = this.notes.create("Atelier", "Date à venir", author);
		Staff moderator = this.staff.loggedIn("Paul Moderateur", "MODERATOR");
		QueueItem item = item(note);

		this.mvc
			.perform(post("/moderation/" + item.id()).cookie(moderator.session())
				.with(csrf())
				.param("decision", "REQUEST_CHANGES")
				.param("reason", "informations-incompletes")
				.param("version", Long.toString(item.version())))
			.andExpect(redirectedUrl("/moderation"));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.notes.state(note).orElseThrow().equals("CHANGES_REQUESTED"));
		assertThat(this.outbox.mailsTo(authorEmail)).extracting(StoredMail::template)
			.containsExactly("moderation/changes-requested");
		assertThat(this.queue.statusOf(FakeContent.TYPE, note)).contains(ModerationStatus.CHANGES_REQUESTED);
	}

	@Test
	void aResubmissionReplacesThePendingVersionAndTheDiffShowsTheEdit() throws Exception {
		long author = this.staff.account("Ada Autrice", StaffFixture.uniqueEmail("autrice"), "FACILITATOR");
		String note = this.notes.create("Café du lundi", "Lieu : médiathèque", author);
		QueueItem first = item(note);
		this.desk.decide(first.id(), first.version(), Decision.APPROVE, null, null, -1);
		this.notes.edit(note, "Café du lundi", "Lieu : mairie", author);
		this.notes.edit(note, "Café du mardi", "Lieu : mairie", author);

		assertThat(this.jdbc.sql("SELECT count(*) FROM moderation_item WHERE content_id = ?")
			.param(note)
			.query(Long.class)
			.single()).isOne();
		QueueItem item = item(note);
		assertThat(item.status()).isEqualTo(ModerationStatus.PENDING);
		assertThat(item.title()).isEqualTo("Café du mardi");
		Staff moderator = this.staff.loggedIn("Mina Moderatrice", "MODERATOR");
		this.mvc.perform(get("/moderation/" + item.id()).cookie(moderator.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lieu : médiathèque")))
			.andExpect(content().string(containsString("Titre : Café du mardi")))
			.andExpect(content().string(containsString("<del>")));
	}

	@Test
	void aTrustedAuthorIsPublishedAtOnceAndListedForReview() throws Exception {
		long author = this.staff.account("Théo Confiance", StaffFixture.uniqueEmail("confiance"), "FACILITATOR");
		this.trusted.setTrusted(author, "Théo Confiance", true, 1L, "Admin");
		String note = this.notes.create("Café de confiance", "Publié tout de suite.", author);

		assertThat(this.queue.statusOf(FakeContent.TYPE, note)).contains(ModerationStatus.PUBLISHED);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.notes.state(note).orElseThrow().equals("PUBLIC"));
		assertThat(audit(note)).containsExactly("moderation.publish-trusted");
		Staff moderator = this.staff.loggedIn("Mina Moderatrice", "MODERATOR");
		this.mvc.perform(get("/moderation/a-relire").cookie(moderator.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Café de confiance")));
		QueueItem item = item(note);
		assertThat(item.needsReview()).isTrue();
		this.mvc
			.perform(post("/moderation/" + item.id()).cookie(moderator.session())
				.with(csrf())
				.param("decision", "APPROVE")
				.param("version", Long.toString(item.version())))
			.andExpect(redirectedUrl("/moderation"));
		assertThat(item(note).needsReview()).isFalse();
		this.mvc.perform(get("/moderation/a-relire").cookie(moderator.session()))
			.andExpect(content().string(not(containsString("Café de confiance"))));
	}

	@Test
	void aTrustedAuthorCannotBringBackContentStaffTookDown() throws Exception {
		long author = this.staff.account("Théa Retirée", StaffFixture.uniqueEmail("retiree"), "FACILITATOR");
		this.trusted.setTrusted(author, "Théa Retirée", true, 1L, "Admin");
		String note = this.notes.create("Café retiré", "Publié tout de suite.", author);
		QueueItem published = item(note);
		Staff moderator = this.staff.loggedIn("Mina Moderatrice", "MODERATOR");
		this.mvc
			.perform(post("/moderation/" + published.id()).cookie(moderator.session())
				.with(csrf())
				.param("decision", "REJECT")
				.param("reason", "hors-sujet")
				.param("version", Long.toString(published.version())))
			.andExpect(redirectedUrl("/moderation"));
		assertThat(this.queue.statusOf(FakeContent.TYPE, note)).contains(ModerationStatus.REJECTED);

		this.notes.edit(note, "Café retiré, retouché", "Une virgule de plus.", author);
		assertThat(this.queue.statusOf(FakeContent.TYPE, note)).contains(ModerationStatus.PENDING);
		assertThat(audit(note)).containsOnlyOnce("moderation.publish-trusted");
	}

	@Test
	void aStaleDecisionIsRefusedWithAClearMessageAndNothingChanges() throws Exception {
		long author = this.staff.account("Ada Autrice", StaffFixture.uniqueEmail("autrice"), "FACILITATOR");
		String note = this.notes.create("Version 1", "Texte", author);
		QueueItem seen = item(note);
		this.notes.edit(note, "Version 2", "Texte modifié", author);
		Staff moderator = this.staff.loggedIn("Mina Moderatrice", "MODERATOR");

		this.mvc
			.perform(post("/moderation/" + seen.id()).cookie(moderator.session())
				.with(csrf())
				.param("decision", "REJECT")
				.param("reason", "autre")
				.param("comment", "Mon commentaire détaillé")
				.param("version", Long.toString(seen.version())))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Votre décision n&#39;a pas été enregistrée")))
			.andExpect(content().string(containsString("Mon commentaire détaillé")))
			.andExpect(content().string(containsString("Version 2")));
		assertThat(item(note).status()).isEqualTo(ModerationStatus.PENDING);
		assertThat(audit(note)).isEmpty();
	}

	@Test
	void twoModeratorsDecidingAtOnceLeaveOneDecisionAndOneAuditEntry() throws Exception {
		long author = this.staff.account("Ada Autrice", StaffFixture.uniqueEmail("autrice"), "FACILITATOR");
		long first = this.staff.account("Mod Un", StaffFixture.uniqueEmail("mod"), "MODERATOR");
		long second = this.staff.account("Mod Deux", StaffFixture.uniqueEmail("mod"), "MODERATOR");
		String note = this.notes.create("Course", "Deux modérateurs", author);
		QueueItem item = item(note);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> outcomes = new ArrayList<>();
			for (Callable<Void> decision : List.<Callable<Void>>of(() -> {
				this.desk.decide(item.id(), item.version(), Decision.APPROVE, null, null, first);
				return null;
			}, () -> {
				this.desk.decide(item.id(), item.version(), Decision.REJECT, "doublon", null, second);
				return null;
			})) {
				outcomes.add(pool.submit(() -> {
					start.await();
					try {
						decision.call();
						return "won";
					}
					catch (ModerationException ex) {
						return ex.messageKey();
					}
				}));
			}
			start.countDown();
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get());
			}
			// the loser is refused either by the versioned update (both read the item
			// before either wrote) or, when it reads after the winner committed, as
			// already decided
			assertThat(results).containsOnlyOnce("won");
			assertThat(results).filteredOn((result) -> !result.equals("won"))
				.singleElement()
				.isIn("moderation.review.conflict", "moderation.review.already-decided");
		}
		finally {
			pool.shutdown();
		}
		assertThat(audit(note)).hasSize(1);
	}

	@Test
	void aDecisionOtherThanApprovalNeedsAReason() throws Exception {
		long author = this.staff.account("Ada Autrice", StaffFixture.uniqueEmail("autrice"), "FACILITATOR");
		String note = this.notes.create("Sans motif", "Texte", author);
		QueueItem item = item(note);
		Staff moderator = this.staff.loggedIn("Mina Moderatrice", "MODERATOR");

		this.mvc
			.perform(post("/moderation/" + item.id()).cookie(moderator.session())
				.with(csrf())
				.param("decision", "REJECT")
				.param("version", Long.toString(item.version())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choisissez un motif dans la liste.")));
		this.mvc
			.perform(post("/moderation/" + item.id()).cookie(moderator.session())
				.with(csrf())
				.param("decision", "REQUEST_CHANGES")
				.param("reason", "autre")
				.param("version", Long.toString(item.version())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Précisez le motif pour l&#39;auteur.")));
		assertThat(item(note).status()).isEqualTo(ModerationStatus.PENDING);
		assertThat(audit(note)).isEmpty();
	}

	@Test
	void aModeratorCannotModerateTheirOwnContent() throws Exception {
		Staff moderator = this.staff.loggedIn("Mina Autrice", "MODERATOR");
		String note = this.notes.create("Mon propre café", "Texte", moderator.id());
		QueueItem item = item(note);

		this.mvc.perform(get("/moderation/" + item.id()).cookie(moderator.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("une autre personne de l&#39;équipe doit le modérer")))
			.andExpect(content().string(not(containsString("name=\"decision\""))));
		this.mvc
			.perform(post("/moderation/" + item.id()).cookie(moderator.session())
				.with(csrf())
				.param("decision", "APPROVE")
				.param("version", Long.toString(item.version())))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("une autre personne de l&#39;équipe doit le modérer")));
		assertThat(item(note).status()).isEqualTo(ModerationStatus.PENDING);
	}

	@Test
	void forgedOrUnknownItemsAndValuesGetAClearAnswerAndChangeNothing() throws Exception {
		long author = this.staff.account("Ada Autrice", StaffFixture.uniqueEmail("autrice"), "FACILITATOR");
		String note = this.notes.create("Cible", "Texte", author);
		QueueItem item = item(note);
		Staff moderator = this.staff.loggedIn("Mina Moderatrice", "MODERATOR");

		this.mvc.perform(get("/moderation/999999999999").cookie(moderator.session()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("plus dans la file de modération")));
		this.mvc.perform(get("/moderation/abc").cookie(moderator.session())).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/moderation/999999999999").cookie(moderator.session())
				.with(csrf())
				.param("decision", "APPROVE")
				.param("version", "0"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/moderation/" + item.id()).cookie(moderator.session())
				.with(csrf())
				.param("decision", "PUBLISH_EVERYTHING")
				.param("version", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choisissez une décision.")));
		this.mvc
			.perform(get("/moderation").param("type", "'; DROP TABLE x")
				.param("age", "-5")
				.param("page", "zz")
				.cookie(moderator.session()))
			.andExpect(status().isOk());
		assertThat(item(note).status()).isEqualTo(ModerationStatus.PENDING);

		this.desk.decide(item.id(), item.version(), Decision.APPROVE, null, null, moderator.id() + 1);
		QueueItem decided = item(note);
		this.mvc
			.perform(post("/moderation/" + item.id()).cookie(moderator.session())
				.with(csrf())
				.param("decision", "REJECT")
				.param("reason", "doublon")
				.param("version", Long.toString(decided.version())))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Une décision a déjà été prise")));
		assertThat(item(note).status()).isEqualTo(ModerationStatus.PUBLISHED);
	}

	@Test
	void submissionsWithForgedReferencesAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Submission("Event; drop", "1", "Titre", 1L, null, null, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Submission("event", "1", "Titre", 1L, "javascript:alert(1)", null, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Submission("event", "1", "Titre", 1L, "//ailleurs.example", null, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Submission("event", " ", "Titre", 1L, null, null, null));
	}

	@Test
	void theQueueIsOldestFirstAndFiltersByTypeAndAge() throws Exception {
		long author = this.staff.account("Ada Autrice", StaffFixture.uniqueEmail("autrice"), "FACILITATOR");
		String type = "t" + Long.toHexString(System.nanoTime());
		this.queue.submit(new Submission(type, "recent", "Récent", author, null, null, "b"));
		this.queue.submit(new Submission(type, "ancien", "Ancien", author, null, null, "a"));
		this.jdbc.sql(
				"UPDATE moderation_item SET submitted_at = now() - interval '3 days' WHERE content_type = ? AND content_id = 'ancien'")
			.param(type)
			.update();
		Staff moderator = this.staff.loggedIn("Mina Moderatrice", "MODERATOR");

		String page = this.mvc.perform(get("/moderation").param("type", type).cookie(moderator.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf("Ancien")).isPositive().isLessThan(page.indexOf("Récent"));
		assertThat(page).contains(type + " : 2");
		this.mvc.perform(get("/moderation").param("type", type).param("age", "2").cookie(moderator.session()))
			.andExpect(content().string(containsString("Ancien")))
			.andExpect(content().string(not(containsString("Récent"))));
		this.mvc.perform(get("/moderation").param("type", "aucun-type").cookie(moderator.session()))
			.andExpect(content().string(containsString("la file est à jour")));
	}

	private QueueItem item(String contentId) {
		return this.desk.find(FakeContent.TYPE, contentId).orElseThrow();
	}

	private List<String> audit(String contentId) {
		return this.jdbc.sql("SELECT action FROM audit_log WHERE target_id = ? ORDER BY id")
			.param(contentId)
			.query(String.class)
			.list();
	}

	private long incompletePublications(String contentId) {
		return this.jdbc
			.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ? AND completion_date IS NULL")
			.param("%" + contentId + "%")
			.query(Long.class)
			.single();
	}

}
