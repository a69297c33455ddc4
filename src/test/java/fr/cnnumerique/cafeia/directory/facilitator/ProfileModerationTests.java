package fr.cnnumerique.cafeia.directory.facilitator;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.directory.FacilitatorDirectory;
import fr.cnnumerique.cafeia.moderation.ContentApproved;
import fr.cnnumerique.cafeia.moderation.ContentUnpublished;
import fr.cnnumerique.cafeia.moderation.ModerationQueue;
import fr.cnnumerique.cafeia.moderation.ModerationStatus;
import fr.cnnumerique.cafeia.support.EventDelivery;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StaffLogin.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

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
 * The round trip through the moderation queue, decided in the staff pages: nothing is
 * public before approval, an edit waits while the approved version stays public, and each
 * decision is applied by the directory's listeners.
 */
@IntegrationTest
class ProfileModerationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ModerationQueue queue;

	@Autowired
	FacilitatorDirectory directory;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	FacilitatorFixture fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new FacilitatorFixture(this.context);
	}

	@Test
	void aProfileIsPublicOnlyOnceApprovedAndAnEditWaitsForItsOwnApproval() throws Exception {
		String token = FacilitatorFixture.token();
		Staff who = this.fixture.facilitator("Ines Moderee");
		this.mvc.perform(this.fixture.form(who, "Ines Premiere " + token, "Quimper", true))
			.andExpect(redirectedUrl("/espace/profil"));
		long id = this.fixture.profileId(who.id());
		assertThat(this.queue.statusOf("facilitator", Long.toString(id))).contains(ModerationStatus.PENDING);
		this.mvc.perform(get("/annuaire/animateurs/" + id)).andExpect(status().isNotFound());
		this.mvc.perform(get("/espace/profil").with(who.login()))
			.andExpect(content().string(containsString("attend la relecture")));
		Staff moderator = this.fixture.moderator();
		this.mvc.perform(get("/moderation/" + item(id).get("id")).with(moderator.login()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Commune : Quimper (29000), Finistère, Bretagne")));

		decide(moderator, id, "APPROVE", null);
		this.fixture.awaitPublished(id);
		this.mvc.perform(get("/annuaire/animateurs/" + id)).andExpect(status().isMovedPermanently());

		this.fixture.save(this.fixture.form(who, "Ines Seconde " + token, "Quimper", true));
		assertThat(this.queue.statusOf("facilitator", Long.toString(id))).contains(ModerationStatus.PENDING);
		assertThat(this.directory.findPublished(id).orElseThrow().name()).isEqualTo("Ines Premiere " + token);
		this.mvc.perform(get("/espace/profil").with(who.login()))
			.andExpect(content().string(containsString("le public voit la version approuvée")));

		decide(moderator, id, "APPROVE", null);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> ("Ines Seconde " + token).equals(this.fixture.listedName(id)));
		this.mvc.perform(get(this.directory.findPublished(id).orElseThrow().path()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ines Seconde " + token)));
	}

	@Test
	void requestedChangesKeepTheApprovedVersionAndRejectionTakesThePageDown() throws Exception {
		String token = FacilitatorFixture.token();
		Staff who = this.fixture.facilitator("Jules Refuse");
		this.fixture.save(this.fixture.form(who, "Jules Bon " + token, "Lyon", true));
		long id = this.fixture.profileId(who.id());
		Staff moderator = this.fixture.moderator();
		decide(moderator, id, "APPROVE", null);
		this.fixture.awaitPublished(id);

		this.fixture.save(this.fixture.form(who, "Jules Douteux " + token, "Lyon", true));
		decide(moderator, id, "REQUEST_CHANGES", "informations-incompletes");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.queue.statusOf("facilitator", Long.toString(id))
				.orElseThrow() == ModerationStatus.CHANGES_REQUESTED);
		EventDelivery.awaitDecisionsOn(this.jdbc, "facilitator", Long.toString(id));
		assertThat(this.fixture.listedName(id)).isEqualTo("Jules Bon " + token);

		this.fixture.save(this.fixture.form(who, "Jules Pire " + token, "Lyon", true));
		decide(moderator, id, "REJECT", "contenu-commercial");
		await().atMost(Duration.ofSeconds(10)).until(() -> this.directory.findPublished(id).isEmpty());
		this.mvc.perform(get("/annuaire/animateurs/" + id)).andExpect(status().isNotFound());
	}

	@Test
	void anApprovalDeliveredAfterANewEditDoesNotListTheUnreviewedDraft() throws Exception {
		String token = FacilitatorFixture.token();
		Staff who = this.fixture.facilitator("Kim Rapide");
		this.fixture.save(this.fixture.form(who, "Kim Relu " + token, "Lille", true));
		long id = this.fixture.profileId(who.id());
		decide(this.fixture.moderator(), id, "APPROVE", null);
		this.fixture.awaitPublished(id);
		this.fixture.save(this.fixture.form(who, "Kim Pas Relu " + token, "Lille", true));

		this.transactions.executeWithoutResult(
				(status) -> this.events.publishEvent(new ContentApproved("facilitator", Long.toString(id), 1L)));
		EventDelivery.awaitDecisionsOn(this.jdbc, "facilitator", Long.toString(id));

		assertThat(this.fixture.listedName(id)).isEqualTo("Kim Relu " + token);
	}

	@Test
	void changesRequestedOnATrustedAuthorsPublishedVersionTakeItDown() throws Exception {
		long id = this.fixture.published("Lina Confiance " + FacilitatorFixture.token(), "Marseille").id();

		decide(this.fixture.moderator(), id, "REQUEST_CHANGES", "informations-incompletes");

		await().atMost(Duration.ofSeconds(10)).until(() -> this.directory.findPublished(id).isEmpty());
	}

	@Test
	void staffUnpublishingTakesThePageDownUntilAnEditIsApproved() throws Exception {
		var published = this.fixture.published("Maya Signalee " + FacilitatorFixture.token(), "Lyon");
		this.transactions.executeWithoutResult((status) -> this.events
			.publishEvent(new ContentUnpublished("facilitator", Long.toString(published.id()), "autre", null)));
		await().atMost(Duration.ofSeconds(10)).until(() -> this.directory.findPublished(published.id()).isEmpty());
		assertThat(this.directory.findPublishedByAccount(published.who().id())).isEmpty();

		this.fixture.save(this.fixture.form(published.who(), "Maya Corrigee", "Lyon", true));
		this.fixture.awaitPublished(published.id());
		assertThat(this.directory.findPublishedByAccount(published.who().id()).orElseThrow().name())
			.isEqualTo("Maya Corrigee");
	}

	private Map<String, Object> item(long profileId) {
		return this.jdbc
			.sql("SELECT id, version FROM moderation_item WHERE content_type = 'facilitator'" + " AND content_id = ?")
			.param(Long.toString(profileId))
			.query()
			.singleRow();
	}

	private void decide(Staff moderator, long profileId, String decision, String reason) throws Exception {
		Map<String, Object> item = item(profileId);
		var request = post("/moderation/" + item.get("id")).with(moderator.login())
			.with(csrf())
			.param("decision", decision)
			.param("version", item.get("version").toString());
		if (reason != null) {
			request.param("reason", reason);
		}
		this.mvc.perform(request).andExpect(redirectedUrl("/moderation"));
	}

}
