package fr.cnnumerique.cafeia.feedback.ideas;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.accounts.AccountsFixture;
import fr.cnnumerique.cafeia.accounts.Role;
import fr.cnnumerique.cafeia.notifications.MailOutbox;
import fr.cnnumerique.cafeia.notifications.StoredMail;
import fr.cnnumerique.cafeia.shared.PublicFormGuard;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The idea box: the public form and its guards, the staff inbox, statuses, answers by
 * e-mail, the report flag, the audit trail and the erasure of addresses.
 */
@IntegrationTest
class IdeaBoxTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PublicFormGuard guard;

	@Autowired
	MailOutbox outbox;

	@Autowired
	IdeaRetention retention;

	@Test
	void aContributionIsHandledAnsweredAndAudited() throws Exception {
		String subject = "Des cafés en bibliothèque " + unique();
		String email = AccountsFixture.uniqueEmail("contributrice");
		this.mvc.perform(get("/contribuer"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"website\"")))
			.andExpect(content().string(containsString("effacée un an après")));
		send("idee", subject, "Les médiathèques sont prêtes.\r\nAppelez le 02 98 12 34 56.", email)
			.andExpect(redirectedUrl("/contribuer/merci"));
		this.mvc.perform(get("/contribuer/merci"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Merci pour votre contribution")));
		long id = idOf(subject);

		Staff moderator = moderator();
		Document inbox = page("/moderation/contributions?statut=nouvelle&type=idee", moderator);
		assertThat(inbox.select("table a").eachText()).contains(subject);
		assertThat(inbox.select("tr:contains(" + subject + ") .badge-warning")).hasSize(1);
		assertThat(page("/moderation/contributions?type=action", moderator).select("table a").eachText())
			.doesNotContain(subject);
		Document detail = page("/moderation/contributions/" + id, moderator);
		assertThat(detail.text()).contains(email, "Un numéro de téléphone figure dans le texte.");
		assertThat(detail.getElementById("status").text()).isEqualTo("Nouvelle");

		this.mvc
			.perform(post("/moderation/contributions/" + id + "/statut").cookie(moderator.session)
				.with(csrf())
				.param("status", "en-cours")
				.param("version", "0"))
			.andExpect(redirectedUrl("/moderation/contributions/" + id));
		// a second moderator working from the same stale page is refused
		this.mvc
			.perform(post("/moderation/contributions/" + id + "/statut").cookie(moderator.session)
				.with(csrf())
				.param("status", "ecartee")
				.param("version", "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Quelqu’un d’autre a modifié cette contribution")));
		assertThat(page("/moderation/contributions?statut=en-cours", moderator).select("table a").eachText())
			.contains(subject);

		this.mvc
			.perform(post("/moderation/contributions/" + id + "/reponse").cookie(moderator.session)
				.with(csrf())
				.param("text", "Merci ! Nous en parlons avec le réseau des bibliothèques.\n\nÀ bientôt.")
				.param("version", "1"))
			.andExpect(redirectedUrl("/moderation/contributions/" + id));
		List<StoredMail> mails = this.outbox.mailsTo(email);
		assertThat(mails).extracting(StoredMail::template).containsExactly("feedback/idea-reply");
		assertThat(mails.get(0).subject()).isEqualTo("Réponse à votre contribution au programme Café IA");
		assertThat(mails.get(0).text()).contains(subject, "Nous en parlons avec le réseau des bibliothèques.");
		assertThat(page("/moderation/contributions/" + id, moderator).getElementById("answered").text())
			.startsWith("Répondu le")
			.endsWith("par Mod Contributions");

		this.mvc
			.perform(post("/moderation/contributions/" + id + "/rapport").cookie(moderator.session)
				.with(csrf())
				.param("retained", "true")
				.param("version", "2"))
			.andExpect(redirectedUrl("/moderation/contributions/" + id));
		this.mvc
			.perform(post("/moderation/contributions/" + id + "/statut").cookie(moderator.session)
				.with(csrf())
				.param("status", "traitee")
				.param("version", "3"))
			.andExpect(redirectedUrl("/moderation/contributions/" + id));
		assertThat(this.jdbc
			.sql("SELECT status || ' ' || retained || ' ' || (closed_at IS NOT NULL) FROM feedback_idea "
					+ "WHERE id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("DONE true true");

		assertThat(this.jdbc
			.sql("SELECT action || ':' || coalesce(reason, '') || ':' || actor_name FROM audit_log "
					+ "WHERE target_type = 'idea' AND target_id = ? ORDER BY id")
			.param(Long.toString(id))
			.query(String.class)
			.list()).containsExactly("feedback.idea.status:nouvelle → en-cours:Mod Contributions",
					"feedback.idea.reply::Mod Contributions", "feedback.idea.retain::Mod Contributions",
					"feedback.idea.status:en-cours → traitee:Mod Contributions");
	}

	@Test
	void theInboxPagesKeepTheirFilters() throws Exception {
		String subject = "Page " + unique();
		for (int i = 0; i < 21; i++) {
			this.jdbc
				.sql("INSERT INTO feedback_idea (kind, subject, message, status) VALUES ('RESOURCE', ?, 'm', 'NEW')")
				.param(subject + " " + i)
				.update();
		}
		Staff moderator = moderator();
		Document first = page("/moderation/contributions?statut=nouvelle&type=ressource", moderator);
		assertThat(first.select("table tbody tr")).hasSize(20);
		assertThat(first.select("table tbody td:nth-child(2)").eachText()).containsOnly("Une proposition de ressource");
		String next = first.select(".pagination a[rel=next]").attr("href");
		assertThat(next).isEqualTo("/moderation/contributions?statut=nouvelle&type=ressource&page=2");
		assertThat(page(next, moderator).select("table tbody tr")).isNotEmpty();
		assertThat(page("/moderation/contributions?statut=inconnu&type=&page=0", moderator).select("h1").text())
			.isEqualTo("Boîte à idées");
	}

	@Test
	void onlyStaffSeeTheInbox() throws Exception {
		this.mvc.perform(get("/moderation/contributions")).andExpect(redirectedUrl("/connexion"));
		AccountsFixture accounts = new AccountsFixture(this.mvc, this.jdbcTemplate);
		String email = AccountsFixture.uniqueEmail("pas-moderatrice");
		accounts.verifiedAccount("Pas Modératrice", email);
		Cookie facilitator = accounts.login(email, AccountsFixture.PASSWORD);
		this.mvc.perform(get("/moderation/contributions").cookie(facilitator)).andExpect(status().isForbidden());
		this.mvc.perform(get("/moderation/contributions/987654321").cookie(moderator().session))
			.andExpect(status().isNotFound());
	}

	@Test
	void badInputComesBackInFrenchAndNothingIsStored() throws Exception {
		String subject = "Mauvaise saisie " + unique();
		assertRejected(send("idee", subject, "Message", "pas-une-adresse"), "Saisissez une adresse e-mail valide");
		assertRejected(send("idee", subject, "Message", "deux@exemple.fr, trois@exemple.fr"),
				"Saisissez une adresse e-mail valide");
		assertRejected(send("sondage", subject, "Message", null), "Choisissez ce que vous proposez");
		assertRejected(send(null, subject, "Message", null), "Choisissez ce que vous proposez");
		assertRejected(send("action", subject + "x".repeat(120), "Message", null), "Le sujet dépasse 120 caractères");
		assertRejected(send("action", subject, "m".repeat(2001), null), "Le message dépasse 2 000 caractères");
		assertRejected(send("action", subject, "   ", null), "Écrivez votre message.");
		assertRejected(send("action", "", "Message", null), "Donnez un sujet à votre contribution.");
		assertThat(count(subject)).isZero();
		send("ressource", subject, "m".repeat(2000), null).andExpect(redirectedUrl("/contribuer/merci"));
		assertThat(count(subject)).isOne();
	}

	@Test
	void robotsAreTurnedAwayAndTheLimitPerAddressAnswers429() throws Exception {
		String subject = "Robot " + unique();
		this.mvc.perform(request("idee", subject, "Achetez", null).param("website", "http://spam.example"))
			.andExpect(redirectedUrl("/contribuer/merci"));
		this.mvc
			.perform(post("/contribuer").with(csrf())
				.param("kind", "idee")
				.param("subject", subject)
				.param("message", "Trop vite")
				.param("formToken", this.guard.token()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("envoyé très vite")));
		this.mvc
			.perform(post("/contribuer").with(csrf())
				.param("kind", "idee")
				.param("subject", subject)
				.param("message", "Sans jeton"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("a expiré")));
		assertThat(count(subject)).isZero();

		String address = "203.0.113." + (1 + Math.floorMod(subject.hashCode(), 250));
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(request("idee", subject, "Idée " + i, null).with(from(address)))
				.andExpect(redirectedUrl("/contribuer/merci"));
		}
		this.mvc.perform(request("idee", subject, "Une de trop", null).with(from(address)))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Trop de demandes")));
		assertThat(count(subject)).isEqualTo(5);
	}

	@Test
	void addressesAreErasedOneYearAfterTheContributionIsClosed() throws Exception {
		String subject = "Rétention " + unique();
		for (String kind : new String[] { "idee", "action", "ressource" }) {
			send(kind, subject, "Message " + kind, AccountsFixture.uniqueEmail(kind))
				.andExpect(redirectedUrl("/contribuer/merci"));
		}
		Instant now = Instant.parse("2031-06-15T03:50:00Z");
		closeAt(subject, "IDEA", "DONE", now.minus(Duration.ofDays(366)));
		closeAt(subject, "ACTION", "DISMISSED", now.minus(Duration.ofDays(364)));

		assertThat(this.retention.eraseEmails(now)).isGreaterThanOrEqualTo(1);
		assertThat(this.jdbc
			.sql("SELECT kind || ':' || (email IS NULL) || ':' || (email_erased_at IS NOT NULL) FROM feedback_idea "
					+ "WHERE subject = ? ORDER BY kind")
			.param(subject)
			.query(String.class)
			.list()).containsExactly("ACTION:false:false", "IDEA:true:true", "RESOURCE:false:false");
		assertThat(this.retention.eraseEmails(now)).as("idempotent").isZero();
		long idea = this.jdbc.sql("SELECT id FROM feedback_idea WHERE subject = ? AND kind = 'IDEA'")
			.param(subject)
			.query(Long.class)
			.single();
		Staff moderator = moderator();
		Document detail = page("/moderation/contributions/" + idea, moderator);
		assertThat(detail.text()).contains("Effacée le").doesNotContain("Répondre par e-mail");
		this.mvc
			.perform(post("/moderation/contributions/" + idea + "/reponse").cookie(moderator.session)
				.with(csrf())
				.param("text", "Trop tard")
				.param("version", detail.select("input[name=version]").first().val()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("La réponse n’est pas partie")));
	}

	private void closeAt(String subject, String kind, String status, Instant at) {
		this.jdbc.sql("UPDATE feedback_idea SET status = ?, closed_at = ? WHERE subject = ? AND kind = ?")
			.params(status, java.sql.Timestamp.from(at), subject, kind)
			.update();
	}

	private void assertRejected(ResultActions result, String message) throws Exception {
		result.andExpect(status().isBadRequest()).andExpect(content().string(containsString(message)));
	}

	private ResultActions send(String kind, String subject, String message, String email) throws Exception {
		return this.mvc.perform(request(kind, subject, message, email));
	}

	private MockHttpServletRequestBuilder request(String kind, String subject, String message, String email) {
		MockHttpServletRequestBuilder request = post("/contribuer").with(csrf())
			.param("subject", subject)
			.param("message", message)
			.param("formToken", this.guard.token(Instant.now().minusSeconds(10)));
		if (kind != null) {
			request.param("kind", kind);
		}
		if (email != null) {
			request.param("email", email);
		}
		return request;
	}

	private Document page(String path, Staff staff) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).cookie(staff.session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private Staff moderator() throws Exception {
		AccountsFixture accounts = new AccountsFixture(this.mvc, this.jdbcTemplate);
		String email = AccountsFixture.uniqueEmail("mod-contributions");
		accounts.staffAccount("Mod Contributions", email, Role.MODERATOR);
		return new Staff(accounts.staffLogin(email, AccountsFixture.PASSWORD));
	}

	private long idOf(String subject) {
		return this.jdbc.sql("SELECT id FROM feedback_idea WHERE subject = ?")
			.param(subject)
			.query(Long.class)
			.single();
	}

	private long count(String subject) {
		return this.jdbc.sql("SELECT count(*) FROM feedback_idea WHERE subject LIKE ?")
			.param(subject + "%")
			.query(Long.class)
			.single();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	record Staff(Cookie session) {

	}

}
