package fr.cnnumerique.cafeia.events.management;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import fr.cnnumerique.cafeia.events.EventCalendar;
import fr.cnnumerique.cafeia.events.EventSummary;
import fr.cnnumerique.cafeia.moderation.ChangesRequested;
import fr.cnnumerique.cafeia.moderation.ContentApproved;
import fr.cnnumerique.cafeia.moderation.ContentUnpublished;
import fr.cnnumerique.cafeia.support.EventDelivery;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StaffLogin.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The moderation round-trip: a café is public once a moderator approves it in
 * {@code /moderation}; the public keeps the approved texts while an edit waits; decisions
 * delivered twice change nothing.
 */
@IntegrationTest
class CafeModerationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	EventCalendar calendar;

	Optional<String> publicTitle(long id) {
		return this.calendar.findPublic(id).map(EventSummary::title);
	}

	void approveInTheQueue(Staff moderator, long cafeId) throws Exception {
		Map<String, Object> item = this.jdbc
			.sql("SELECT id, version FROM moderation_item WHERE content_type = 'cafe' AND content_id = ?")
			.param(Long.toString(cafeId))
			.query()
			.singleRow();
		this.mvc
			.perform(post("/moderation/" + item.get("id")).with(csrf())
				.with(moderator.login())
				.param("decision", "APPROVE")
				.param("version", item.get("version").toString()))
			.andExpect(status().isFound());
	}

	@Test
	void aModeratorApprovesThenTheApprovedTextsStayPublicWhileAnEditWaits() throws Exception {
		CafeFixture fixture = new CafeFixture(this.context);
		Staff organiser = fixture.facilitator("Autrice");
		Staff moderator = fixture.moderator("Modérateur");
		long venue = fixture.publishedVenue(organiser);
		String title = CafeFixture.unique("Café IA relu");
		Map<String, String> fields = CafeFixture.fields(title, venue);
		this.mvc.perform(CafeFixture.form("/espace/cafes/nouveau", fields).with(organiser.login()))
			.andExpect(status().isFound());
		long id = fixture.cafeTitled(title);
		assertThat(publicTitle(id)).isEmpty();

		approveInTheQueue(moderator, id);
		await().atMost(Duration.ofSeconds(10)).until(() -> publicTitle(id).isPresent());
		assertThat(publicTitle(id)).contains(title);
		assertThat(fixture.row(id)).containsEntry("status", "PUBLISHED").containsEntry("moderation_state", "APPROVED");
		// the café page's report link names what moderation knows
		this.mvc.perform(get("/signaler").param("type", "cafe").param("id", Long.toString(id)))
			.andExpect(status().isOk());

		this.mvc
			.perform(
					CafeFixture
						.form("/espace/cafes/" + id + "/modifier", fields, "title", title + " v2", "version",
								Long.toString(fixture.version(id)))
						.with(organiser.login()))
			.andExpect(status().isFound());
		assertThat(fixture.row(id)).containsEntry("moderation_state", "PENDING").containsEntry("status", "PUBLISHED");
		assertThat(publicTitle(id)).contains(title);

		approveInTheQueue(moderator, id);
		await().atMost(Duration.ofSeconds(10)).until(() -> publicTitle(id).equals(Optional.of(title + " v2")));
		fixture.decide(new ContentApproved("cafe", Long.toString(id), moderator.id()));
		EventDelivery.awaitDecisionsOn(this.jdbc, "cafe", Long.toString(id));
		assertThat(publicTitle(id)).contains(title + " v2");

		// an after-the-fact request for changes takes the café off; a report upheld too
		fixture.decide(new ChangesRequested("cafe", Long.toString(id), "autre", null));
		await().atMost(Duration.ofSeconds(10)).until(() -> publicTitle(id).isEmpty());
		assertThat(fixture.row(id)).containsEntry("moderation_state", "CHANGES_REQUESTED")
			.containsEntry("status", "DRAFT");
		fixture.decide(new ContentUnpublished("cafe", Long.toString(id), "autre", null));
		EventDelivery.awaitDecisionsOn(this.jdbc, "cafe", Long.toString(id));
		assertThat(publicTitle(id)).isEmpty();
	}

	@Test
	void aSeriesIsApprovedAsAWholeAndAChangeRequestSendsItBack() throws Exception {
		CafeFixture fixture = new CafeFixture(this.context);
		Staff organiser = fixture.facilitator("Série relue");
		long venue = fixture.publishedVenue(organiser);
		String title = CafeFixture.unique("Café IA en série");
		this.mvc
			.perform(
					CafeFixture
						.form("/espace/cafes/nouveau", CafeFixture.fields(title, venue), "recurrence", "BIWEEKLY",
								"recurrenceEnd", "COUNT", "occurrenceCount", "3")
						.with(organiser.login()))
			.andExpect(status().isFound());
		long first = fixture.cafeTitled(title);
		String seriesId = fixture.row(first).get("series_id").toString();
		fixture.decide(new ChangesRequested("cafe-series", seriesId, "informations-incompletes", null));
		EventDelivery.awaitDecisionsOn(this.jdbc, "cafe-series", seriesId);
		assertThat(this.jdbc.sql("SELECT DISTINCT status || '/' || moderation_state FROM event WHERE title = ?")
			.param(title)
			.query(String.class)
			.list()).containsExactly("DRAFT/CHANGES_REQUESTED");

		this.mvc
			.perform(
					CafeFixture
						.form("/espace/cafes/" + first + "/modifier", CafeFixture.fields(title, venue), "summary",
								"Un résumé complété avec le déroulé.", "scope", "FOLLOWING", "version",
								Long.toString(fixture.version(first)))
						.with(organiser.login()))
			.andExpect(status().isFound());
		fixture.decide(new ContentApproved("cafe-series", seriesId, null));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM event WHERE title = ? AND status = 'PUBLISHED'")
				.param(title)
				.query(Integer.class)
				.single() == 3);
	}

}
