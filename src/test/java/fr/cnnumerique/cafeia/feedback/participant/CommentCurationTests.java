package fr.cnnumerique.cafeia.feedback.participant;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.cnnumerique.cafeia.accounts.Role;
import fr.cnnumerique.cafeia.feedback.ParticipantComments;
import fr.cnnumerique.cafeia.feedback.ParticipantComments.RetainedComment;
import fr.cnnumerique.cafeia.feedback.report.PersonalDataDetector;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StaffLogin;
import fr.cnnumerique.cafeia.support.StaffLogin.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * Staff curation of participants' comments: flagged comments come first, moderators edit
 * them (audited, before and after, the participant's text kept), retain or dismiss them,
 * and only retained ones reach {@link ParticipantComments}; a concurrent edit answers
 * 409; facilitators and anonymous visitors are refused.
 */
@IntegrationTest
class CommentCurationTests {

	private static final LocalDate DAY = LocalDate.of(2019, 3, 14);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ParticipantComments comments;

	@Test
	void flaggedCommentsComeFirstAndModeratorsAnonymiseRetainAndDismissThem() throws Exception {
		Staff moderator = new StaffLogin(this.context).create("Modérateur Avis", Role.MODERATOR);
		String marker = "avis" + System.nanoTime();
		long plain = answer("Très clair, merci " + marker, 5);
		long flagged = answer("Écrivez-moi à camille@exemple.fr " + marker, 4);
		long other = answer("Un peu court " + marker, 3);
		assertThat(flags(flagged)).isEqualTo("EMAIL");

		Document list = page(get("/moderation/avis?annee=2019").with(moderator.login()));
		List<String> rows = list.select("tr[data-comment]:has(p.item-text:contains(" + marker + "))")
			.eachAttr("data-comment");
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0)).as("flagged first").isEqualTo(Long.toString(flagged));
		assertThat(list.select("tr[data-comment=" + flagged + "] .badge-warning").text())
			.isEqualTo("Adresse électronique ?");
		assertThat(list.select("tr[data-comment=" + flagged + "]").text()).contains("À trier", "4 sur 5",
				"14 mars 2019");
		assertThat(page(get("/moderation/avis?annee=2019&signale=non").with(moderator.login()))
			.select("tr[data-comment=" + flagged + "]")).isEmpty();

		Document edit = page(get("/moderation/avis/" + flagged).with(moderator.login()));
		String version = edit.select("input[name=version]").val();
		assertThat(this.mvc
			.perform(post("/moderation/avis/" + flagged).with(csrf())
				.with(moderator.login())
				.param("text", " ")
				.param("version", version))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("Le commentaire ne peut pas être vide");
		String anonymised = "Écrivez-moi (adresse retirée) " + marker;
		this.mvc
			.perform(post("/moderation/avis/" + flagged).with(csrf())
				.with(moderator.login())
				.param("text", anonymised)
				.param("version", version))
			.andExpect(redirectedUrl("/moderation/avis"))
			.andExpect(flash().attribute("success", "feedback.comments.edited"));
		Map<String, Object> row = this.jdbc.sql("SELECT * FROM feedback_participant_answer WHERE id = ?")
			.param(flagged)
			.query()
			.singleRow();
		assertThat(row.get("comment")).isEqualTo(anonymised);
		assertThat(row.get("original_comment")).isEqualTo("Écrivez-moi à camille@exemple.fr " + marker);
		assertThat(row.get("comment_curated_by")).isEqualTo(moderator.id());
		assertThat(flags(flagged)).isEmpty();
		assertThat(this.jdbc.sql(
				"SELECT reason FROM audit_log WHERE action = 'feedback.comment.edit' AND target_id = ? AND actor_id = ?")
			.params(Long.toString(flagged), moderator.id())
			.query(String.class)
			.single()).contains("avant : Écrivez-moi à camille@exemple.fr", "après : Écrivez-moi (adresse retirée)");
		assertThat(page(get("/moderation/avis/" + flagged).with(moderator.login())).select(".original-text").text())
			.startsWith("Écrivez-moi à camille@exemple.fr");

		this.mvc
			.perform(post("/moderation/avis/" + flagged + "/statut").with(csrf())
				.with(moderator.login())
				.param("curation", "RETAINED")
				.param("version", version(flagged))
				.param("retour", "/moderation/avis?signale=oui&annee=2019&statut=PENDING"))
			.andExpect(redirectedUrl("/moderation/avis?signale=oui&annee=2019&statut=PENDING"))
			.andExpect(flash().attribute("success", "feedback.comments.status.done.RETAINED"));
		this.mvc
			.perform(post("/moderation/avis/" + other + "/statut").with(csrf())
				.with(moderator.login())
				.param("curation", "DISMISSED")
				.param("version", version(other))
				.param("retour", "https://ailleurs.example/"))
			.andExpect(redirectedUrl("/moderation/avis"));
		assertThat(curation(flagged)).isEqualTo("RETAINED");
		assertThat(curation(other)).isEqualTo("DISMISSED");
		assertThat(curation(plain)).isEqualTo("PENDING");
		assertThat(this.jdbc
			.sql("SELECT action FROM audit_log WHERE target_type = 'feedback-comment' AND target_id IN (?, ?) "
					+ "AND action <> 'feedback.comment.edit' ORDER BY id")
			.params(Long.toString(flagged), Long.toString(other))
			.query(String.class)
			.list()).containsExactly("feedback.comment.retained", "feedback.comment.dismissed");

		assertThat(page(get("/moderation/avis?annee=2019").with(moderator.login()))
			.select("tr[data-comment]:has(p.item-text:contains(" + marker + "))")
			.eachAttr("data-comment")).as("the default list shows what is left to sort")
			.containsExactly(Long.toString(plain));
		assertThat(page(get("/moderation/avis?statut=RETAINED&annee=2019").with(moderator.login()))
			.select("tr[data-comment=" + flagged + "] .item-text")
			.text()).isEqualTo(anonymised);

		List<RetainedComment> retained = this.comments.retained(DAY, DAY.plusDays(1))
			.stream()
			.filter((comment) -> comment.text().endsWith(marker))
			.toList();
		assertThat(retained).extracting(RetainedComment::id, RetainedComment::text, RetainedComment::satisfaction)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(flagged, anonymised, 4));
		assertThat(this.comments.retained(DAY.plusDays(1), DAY.plusDays(2))).noneMatch((c) -> c.id() == flagged);

		// an edit that brings personal data back sends the comment back to be sorted
		String current = page(get("/moderation/avis/" + flagged).with(moderator.login())).select("input[name=version]")
			.val();
		this.mvc
			.perform(post("/moderation/avis/" + flagged).with(csrf())
				.with(moderator.login())
				.param("text", "Rappelez-moi au 06 12 34 56 78 " + marker)
				.param("version", current))
			.andExpect(redirectedUrl("/moderation/avis"));
		assertThat(curation(flagged)).isEqualTo("PENDING");
		assertThat(this.comments.retained(DAY, DAY.plusDays(1))).noneMatch((c) -> c.id() == flagged);
	}

	@Test
	void aConcurrentEditAnswers409AndKeepsTheOtherOne() throws Exception {
		Staff first = new StaffLogin(this.context).create("Première Modératrice", Role.MODERATOR);
		Staff second = new StaffLogin(this.context).create("Second Modérateur", Role.MODERATOR);
		long id = answer("Bien mais trop rapide " + System.nanoTime(), 3);
		String version = page(get("/moderation/avis/" + id).with(first.login())).select("input[name=version]").val();
		this.mvc
			.perform(post("/moderation/avis/" + id).with(csrf())
				.with(second.login())
				.param("text", "Version du second")
				.param("version", version))
			.andExpect(status().isFound());
		String page = this.mvc
			.perform(post("/moderation/avis/" + id).with(csrf())
				.with(first.login())
				.param("text", "Version de la première")
				.param("version", version))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("modifié entre-temps par un autre membre de l’équipe");
		assertThat(this.jdbc.sql("SELECT comment FROM feedback_participant_answer WHERE id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("Version du second");
		// the conflict page shows the other text, keeps hers, and takes the version read
		Document conflict = Jsoup.parse(page);
		assertThat(conflict.select(".saved-meanwhile").text()).isEqualTo("Version du second");
		assertThat(conflict.select("textarea[name=text]").text()).isEqualTo("Version de la première");
		String current = conflict.select("input[name=version]").val();
		assertThat(current).isNotEqualTo(version);
		this.mvc
			.perform(post("/moderation/avis/" + id).with(csrf())
				.with(first.login())
				.param("text", "Version de la première")
				.param("version", current))
			.andExpect(redirectedUrl("/moderation/avis"));
		assertThat(this.jdbc.sql("SELECT comment FROM feedback_participant_answer WHERE id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("Version de la première");
		this.mvc.perform(post("/moderation/avis/" + id).with(csrf()).with(first.login()).param("text", "Sans version"))
			.andExpect(status().isConflict());
	}

	@Test
	void facilitatorsAndAnonymousVisitorsAreRefused() throws Exception {
		Staff facilitator = new StaffLogin(this.context).create("Animateur Avis", Role.FACILITATOR);
		Staff moderator = new StaffLogin(this.context).create("Modératrice Vide", Role.MODERATOR);
		long id = answer("Rien à signaler " + System.nanoTime(), 4);
		this.mvc.perform(get("/moderation/avis").with(facilitator.login())).andExpect(status().isForbidden());
		this.mvc.perform(get("/moderation/avis/" + id).with(facilitator.login())).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/moderation/avis/" + id + "/statut").with(csrf())
				.with(facilitator.login())
				.param("curation", "RETAINED"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/moderation/avis")).andExpect(redirectedUrl("/connexion"));
		this.mvc.perform(post("/moderation/avis/" + id + "/statut").with(csrf()).param("curation", "RETAINED"))
			.andExpect(status().is3xxRedirection());
		assertThat(curation(id)).isEqualTo("PENDING");

		this.mvc.perform(get("/moderation/avis/987654321").with(moderator.login())).andExpect(status().isNotFound());
		Document empty = page(get("/moderation/avis?annee=1901").with(moderator.login()));
		assertThat(empty.select(".empty-state").text()).isEqualTo("Aucun commentaire ne correspond à ces filtres.");
		assertThat(page(get("/moderation/bilans").with(moderator.login())).select("a[href=/moderation/avis]"))
			.hasSize(1);
	}

	@Test
	void longListsArePagedKeepingTheirFilters() throws Exception {
		Staff moderator = new StaffLogin(this.context).create("Modérateur Pages", Role.MODERATOR);
		LocalDate day = LocalDate.of(2018, 6, 1);
		for (int i = 0; i < 31; i++) {
			answer("Commentaire de page " + i, 4, day);
		}
		Document first = page(get("/moderation/avis?annee=2018").with(moderator.login()));
		assertThat(first.select("tr[data-comment]")).hasSize(30);
		assertThat(first.select("caption").text()).contains("31");
		String next = first.select("a[rel=next]").attr("href");
		assertThat(next).contains("annee=2018", "statut=PENDING", "page=2");
		Document second = page(get(next).with(moderator.login()));
		assertThat(second.select("tr[data-comment]")).hasSize(1);
		assertThat(second.select("a[rel=prev]")).hasSize(1);
	}

	private long answer(String comment, int satisfaction) {
		return answer(comment, satisfaction, DAY);
	}

	private long answer(String comment, int satisfaction, LocalDate day) {
		long event = 900_000_000L + (System.nanoTime() % 90_000_000L);
		this.jdbc.sql("INSERT INTO feedback_participant_link (event_id, token) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(event, "t" + event)
			.update();
		return this.jdbc.sql("""
				INSERT INTO feedback_participant_answer (event_id, event_date, departement_code, region_code,
				    satisfaction, learned, comment, comment_status, comment_flags)
				VALUES (?, ?, '29', '53', ?, true, ?, 'PENDING', string_to_array(?, ','))
				RETURNING id
				""")
			.params(event, day, satisfaction, comment, String.join(",", PersonalDataDetector.flags(comment)))
			.query(Long.class)
			.single();
	}

	private String flags(long id) {
		return this.jdbc.sql("SELECT array_to_string(comment_flags, ',') FROM feedback_participant_answer WHERE id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

	private String curation(long id) {
		return this.jdbc.sql("SELECT comment_status FROM feedback_participant_answer WHERE id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private String version(long answer) {
		return this.jdbc.sql("SELECT version FROM feedback_participant_answer WHERE id = ?")
			.param(answer)
			.query(Long.class)
			.single()
			.toString();
	}

}
