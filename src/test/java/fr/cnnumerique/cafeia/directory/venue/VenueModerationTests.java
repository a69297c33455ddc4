package fr.cnnumerique.cafeia.directory.venue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import fr.cnnumerique.cafeia.accounts.AccountDeleted;
import fr.cnnumerique.cafeia.accounts.Role;
import fr.cnnumerique.cafeia.directory.VenueDirectory;
import fr.cnnumerique.cafeia.directory.VenueSummary;
import fr.cnnumerique.cafeia.moderation.ChangesRequested;
import fr.cnnumerique.cafeia.moderation.ContentApproved;
import fr.cnnumerique.cafeia.moderation.ContentUnpublished;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.EventDelivery;
import fr.cnnumerique.cafeia.support.StaffLogin;
import fr.cnnumerique.cafeia.support.StaffLogin.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The moderation round-trip: a venue appears once approved, the public keeps the approved
 * version while an edit is re-moderated, and decisions delivered twice change nothing.
 */
@IntegrationTest
class VenueModerationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	VenueDirectory directory;

	void decide(Object event) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	Optional<String> publicName(long id) {
		return this.directory.findPublished(id).map(VenueSummary::name);
	}

	@Test
	void thePublicSeesTheLastApprovedVersionDuringReModeration() throws Exception {
		Staff facilitator = new StaffLogin(this.context).create("Animatrice", Role.FACILITATOR);
		String name = VenueEditingTests.uniqueName("Maison");
		this.mvc.perform(VenueEditingTests.venueForm("/espace/lieux/nouveau", name).with(facilitator.login()))
			.andExpect(status().isFound());
		long id = this.jdbc.sql("SELECT id FROM venue WHERE name = ?").param(name).query(Long.class).single();
		String venueId = Long.toString(id);
		assertThat(publicName(id)).isEmpty();

		decide(new ContentApproved("venue", venueId, 1L));
		await().atMost(Duration.ofSeconds(10)).until(() -> publicName(id).isPresent());
		assertThat(publicName(id)).contains(name);
		this.mvc.perform(get(this.directory.findPublished(id).orElseThrow().publicPath())).andExpect(status().isOk());

		this.mvc
			.perform(VenueEditingTests.venueForm("/espace/lieux/" + id + "/modifier", name + " rénovée", "version", "0")
				.with(facilitator.login()))
			.andExpect(status().isFound());
		assertThat(
				this.jdbc.sql("SELECT moderation_state FROM venue WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("PENDING");
		assertThat(publicName(id)).contains(name);

		decide(new ContentApproved("venue", venueId, 1L));
		await().atMost(Duration.ofSeconds(10)).until(() -> publicName(id).equals(Optional.of(name + " rénovée")));
		decide(new ContentApproved("venue", venueId, 1L));
		// listeners run asynchronously: let the repeated approval finish before the next
		// decision, or the two could be applied in either order
		EventDelivery.awaitDecisionsOn(this.jdbc, "venue", venueId);

		decide(new ChangesRequested("venue", venueId, "informations-incompletes", null));
		await().atMost(Duration.ofSeconds(10)).until(() -> publicName(id).isEmpty());
		assertThat(
				this.jdbc.sql("SELECT moderation_state FROM venue WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("CHANGES_REQUESTED");

		decide(new ContentApproved("venue", venueId, 1L));
		await().atMost(Duration.ofSeconds(10)).until(() -> publicName(id).isPresent());
		decide(new ContentUnpublished("venue", venueId, "autre", "signalement"));
		decide(new ContentUnpublished("venue", venueId, "autre", "signalement"));
		await().atMost(Duration.ofSeconds(10)).until(() -> publicName(id).isEmpty());
		this.mvc.perform(get("/annuaire/lieux/" + id)).andExpect(status().isNotFound());
	}

	@Test
	void forgetsTheManagersOfADeletedAccount() throws Exception {
		Staff facilitator = new StaffLogin(this.context).create("Animatrice", Role.FACILITATOR);
		String name = VenueEditingTests.uniqueName("Oubli");
		this.mvc.perform(VenueEditingTests.venueForm("/espace/lieux/nouveau", name).with(facilitator.login()))
			.andExpect(status().isFound());
		assertThat(this.directory.managedBy(facilitator.id())).extracting(VenueSummary::name).containsExactly(name);
		decide(new AccountDeleted(facilitator.id(), Instant.now()));
		await().atMost(Duration.ofSeconds(10)).until(() -> this.directory.managedBy(facilitator.id()).isEmpty());
	}

	@Test
	void ignoresDecisionsAboutOtherContent() {
		decide(new ContentApproved("test-note", "999999999", null));
		decide(new ContentApproved("venue", "pas-un-nombre", null));
		assertThat(publicName(999999999L)).isEmpty();
	}

}
