package fr.cnnumerique.cafeia.events.management;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.sql.Timestamp;
import java.time.Year;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

import fr.cnnumerique.cafeia.events.EventCancelled;
import fr.cnnumerique.cafeia.events.EventChanged;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StaffLogin.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What organisers do in {@code /espace/cafes}: create a café or a series, edit and cancel
 * one café or the rest of a series, duplicate, delete a draft; only organisers,
 * co-facilitators and staff manage a café.
 */
@IntegrationTest
@RecordApplicationEvents
class CafeManagementTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEvents events;

	CafeFixture fixture() {
		return new CafeFixture(this.context);
	}

	@Test
	void createsASingleCafeAtAVenueAndSubmitsIt() throws Exception {
		CafeFixture fixture = fixture();
		Staff organiser = fixture.facilitator("Organisatrice");
		long venue = fixture.publishedVenue(organiser);
		String title = CafeFixture.unique("Café IA Quimper");
		this.mvc
			.perform(CafeFixture.form("/espace/cafes/nouveau", CafeFixture.fields(title, venue), "capacity", "25")
				.with(organiser.login()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/espace/cafes?onglet=brouillons"))
			.andExpect(flash().attribute("success", "events.management.create.success"));
		long id = fixture.cafeTitled(title);
		Map<String, Object> row = fixture.row(id);
		assertThat(row).containsEntry("status", "SUBMITTED")
			.containsEntry("moderation_state", "PENDING")
			.containsEntry("commune_name", "Quimper")
			.containsEntry("departement_code", "29")
			.containsEntry("region_code", "53")
			.containsEntry("capacity", 25)
			.containsEntry("time_zone", "Europe/Paris");
		assertThat(row.get("published_title")).isNull();
		ZonedDateTime start = zoned(row.get("starts_at"));
		assertThat(start.toLocalDate()).isEqualTo(LocalDate.now(EventZones.PARIS).plusDays(10));
		assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(18, 30));
		assertThat(this.jdbc.sql("SELECT count(*) FROM moderation_item WHERE content_type = 'cafe' AND content_id = ?")
			.param(Long.toString(id))
			.query(Integer.class)
			.single()).isOne();
		this.mvc.perform(get("/espace/cafes?onglet=brouillons").with(organiser.login()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
		this.mvc.perform(get("/espace/cafes").with(organiser.login()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(title))));
	}

	@Test
	void aWeeklySeriesAcrossTheSpringDaylightSavingChangeKeepsItsLocalTime() throws Exception {
		CafeFixture fixture = fixture();
		Staff organiser = fixture.facilitator("Série");
		long venue = fixture.publishedVenue(organiser);
		String title = CafeFixture.unique("Café IA hebdo");
		// clocks go forward in Europe/Paris on the last Sunday of March; start on the
		// Wednesday eleven days before, next year so the date is always to come
		LocalDate change = LocalDate.of(Year.now().getValue() + 1, 3, 31)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
		LocalDate first = change.minusDays(11);
		this.mvc
			.perform(
					CafeFixture
						.form("/espace/cafes/nouveau", CafeFixture.fields(title, venue), "date", first.toString(),
								"startTime", "13:30", "endTime", "15:00", "recurrence", "WEEKLY", "recurrenceEnd",
								"COUNT", "occurrenceCount", "3")
						.with(organiser.login()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("success", "events.management.create.success-series"));
		var rows = this.jdbc
			.sql("SELECT starts_at, ends_at, series_position, series_id FROM event WHERE title = ? "
					+ "ORDER BY series_position")
			.param(title)
			.query()
			.listOfRows();
		assertThat(rows).hasSize(3);
		assertThat(rows).extracting((r) -> ((Timestamp) r.get("starts_at")).toInstant().toString())
			.containsExactly(first + "T12:30:00Z", first.plusDays(7) + "T12:30:00Z", first.plusDays(14) + "T11:30:00Z");
		assertThat(rows).allSatisfy((r) -> {
			assertThat(zoned(r.get("starts_at")).toLocalTime()).isEqualTo(LocalTime.of(13, 30));
			assertThat(zoned(r.get("ends_at")).toLocalTime()).isEqualTo(LocalTime.of(15, 0));
		});
		assertThat(rows).extracting((r) -> r.get("series_position")).containsExactly(1, 2, 3);
		String seriesId = rows.get(0).get("series_id").toString();
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM moderation_item WHERE content_type = 'cafe-series' AND content_id = ?")
			.param(seriesId)
			.query(Integer.class)
			.single()).isOne();
	}

	@Test
	void editsOneCafeOrTheRestOfASeriesAndCancelsThem() throws Exception {
		CafeFixture fixture = fixture();
		Staff organiser = fixture.facilitator("Série modifiée");
		long venue = fixture.publishedVenue(organiser);
		String title = CafeFixture.unique("Café IA mensuel");
		LocalDate first = LocalDate.now(EventZones.PARIS).plusDays(7);
		Map<String, String> fields = CafeFixture.fields(title, venue);
		this.mvc
			.perform(
					CafeFixture
						.form("/espace/cafes/nouveau", fields, "date", first.toString(), "recurrence", "WEEKLY",
								"recurrenceEnd", "COUNT", "occurrenceCount", "4")
						.with(organiser.login()))
			.andExpect(status().isFound());
		var ids = this.jdbc.sql("SELECT id FROM event WHERE title = ? ORDER BY series_position")
			.param(title)
			.query(Long.class)
			.list();
		String seriesId = fixture.row(ids.get(0)).get("series_id").toString();
		fixture.decide(new fr.cnnumerique.cafeia.moderation.ContentApproved("cafe-series", seriesId, null));
		org.awaitility.Awaitility.await()
			.until(() -> ids.stream().allMatch((id) -> "PUBLISHED".equals(fixture.row(id).get("status"))));

		// the second café alone moves to 19:00: immediate, announced, sequence raised
		long second = ids.get(1);
		this.events.clear();
		this.mvc.perform(CafeFixture
			.form("/espace/cafes/" + second + "/modifier", fields, "date", first.plusWeeks(1).toString(), "startTime",
					"19:00", "endTime", "20:30", "scope", "ONE", "version", Long.toString(fixture.version(second)))
			.with(organiser.login()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("success", "events.management.edit.success"));
		assertThat(localTime(fixture.row(second))).isEqualTo(LocalTime.of(19, 0));
		assertThat(fixture.row(second)).containsEntry("sequence", 1)
			.containsEntry("moderation_state", "APPROVED")
			.containsEntry("series_id", Long.valueOf(seriesId));
		assertThat(localTime(fixture.row(ids.get(2)))).isEqualTo(LocalTime.of(18, 30));
		assertThat(this.events.stream(EventChanged.class)).extracting(EventChanged::eventId).containsExactly(second);

		// the third and fourth take 17:00 and a new title, each on its own date
		long third = ids.get(2);
		String renamed = title + " renommé";
		this.mvc
			.perform(
					CafeFixture
						.form("/espace/cafes/" + third + "/modifier", fields, "title", renamed, "date",
								first.plusWeeks(2).toString(), "startTime", "17:00", "endTime", "18:30", "scope",
								"FOLLOWING", "version", Long.toString(fixture.version(third)))
						.with(organiser.login()))
			.andExpect(status().isFound());
		for (int i = 2; i < 4; i++) {
			Map<String, Object> row = fixture.row(ids.get(i));
			assertThat(localTime(row)).isEqualTo(LocalTime.of(17, 0));
			assertThat(zoned(row.get("starts_at")).toLocalDate()).isEqualTo(first.plusWeeks(i));
			assertThat(row).containsEntry("title", renamed)
				.containsEntry("published_title", title)
				.containsEntry("moderation_state", "PENDING")
				.containsEntry("status", "PUBLISHED");
		}
		assertThat(fixture.row(ids.get(0))).containsEntry("title", title);
		assertThat(localTime(fixture.row(ids.get(1)))).isEqualTo(LocalTime.of(19, 0));

		// cancel the last one alone, then the second and the following ones
		this.events.clear();
		long fourth = ids.get(3);
		this.mvc
			.perform(post("/espace/cafes/" + fourth + "/annuler").with(csrf())
				.with(organiser.login())
				.param("message", "La salle n’est pas disponible.")
				.param("scope", "ONE")
				.param("version", Long.toString(fixture.version(fourth))))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("success", "events.management.cancel.done.cancelled"));
		assertThat(fixture.row(fourth)).containsEntry("status", "CANCELLED")
			.containsEntry("cancellation_message", "La salle n’est pas disponible.");
		assertThat(fixture.row(third)).containsEntry("status", "PUBLISHED");
		this.mvc
			.perform(post("/espace/cafes/" + second + "/annuler").with(csrf())
				.with(organiser.login())
				.param("scope", "FOLLOWING")
				.param("version", Long.toString(fixture.version(second))))
			.andExpect(status().isFound());
		assertThat(fixture.row(second)).containsEntry("status", "CANCELLED");
		assertThat(fixture.row(third)).containsEntry("status", "CANCELLED");
		assertThat(fixture.row(ids.get(0))).containsEntry("status", "PUBLISHED");
		assertThat(this.events.stream(EventCancelled.class)).extracting(EventCancelled::eventId)
			.containsExactly(fourth, second, third);
		this.mvc.perform(get("/espace/cafes/" + second + "/modifier").with(organiser.login()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("error", "events.management.edit.not-editable"));
	}

	@Test
	void onlyOrganisersCoFacilitatorsAndStaffManageACafe() throws Exception {
		CafeFixture fixture = fixture();
		Staff organiser = fixture.facilitator("Organisateur");
		Staff coFacilitator = fixture.facilitator("Co-animatrice");
		Staff stranger = fixture.facilitator("Inconnu");
		long venue = fixture.publishedVenue(organiser);
		String title = CafeFixture.unique("Café IA partagé");
		Map<String, String> fields = CafeFixture.fields(title, venue);
		this.mvc
			.perform(CafeFixture.form("/espace/cafes/nouveau", fields, "coFacilitators", coFacilitator.email())
				.with(organiser.login()))
			.andExpect(status().isFound());
		long id = fixture.cafeTitled(title);
		assertThat(fixture.row(id).get("co_facilitator_ids").toString()).contains(Long.toString(coFacilitator.id()));

		for (String path : new String[] { "/modifier", "/annuler", "/dupliquer" }) {
			this.mvc.perform(get("/espace/cafes/" + id + path).with(stranger.login())).andExpect(status().isNotFound());
		}
		this.mvc
			.perform(
					CafeFixture
						.form("/espace/cafes/" + id + "/modifier", fields, "title", "Piraté", "version",
								Long.toString(fixture.version(id)))
						.with(stranger.login()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/espace/cafes/" + id + "/annuler").with(csrf())
				.with(stranger.login())
				.param("version", Long.toString(fixture.version(id))))
			.andExpect(status().isNotFound());
		assertThat(fixture.row(id)).containsEntry("title", title);

		this.mvc.perform(get("/espace/cafes?onglet=brouillons").with(coFacilitator.login()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
		this.mvc
			.perform(CafeFixture
				.form("/espace/cafes/" + id + "/modifier", fields, "title", title + " bis", "coFacilitators",
						coFacilitator.email(), "version", Long.toString(fixture.version(id)))
				.with(coFacilitator.login()))
			.andExpect(status().isFound());
		assertThat(fixture.row(id)).containsEntry("title", title + " bis")
			.containsEntry("organiser_id", organiser.id());
		Staff moderator = fixture.moderator("Modératrice");
		this.mvc.perform(get("/espace/cafes/" + id + "/modifier").with(moderator.login())).andExpect(status().isOk());
	}

	@Test
	void aStaleVersionGivesAConflictKeepingTheInput() throws Exception {
		CafeFixture fixture = fixture();
		Staff organiser = fixture.facilitator("Conflit");
		long venue = fixture.publishedVenue(organiser);
		String title = CafeFixture.unique("Cafe IA conflit");
		Map<String, String> fields = CafeFixture.fields(title, venue);
		this.mvc.perform(CafeFixture.form("/espace/cafes/nouveau", fields).with(organiser.login()))
			.andExpect(status().isFound());
		long id = fixture.cafeTitled(title);
		long seen = fixture.version(id);
		this.mvc
			.perform(
					CafeFixture
						.form("/espace/cafes/" + id + "/modifier", fields, "title", title + " A", "version",
								Long.toString(seen))
						.with(organiser.login()))
			.andExpect(status().isFound());
		this.mvc
			.perform(
					CafeFixture
						.form("/espace/cafes/" + id + "/modifier", fields, "title", title + " B", "version",
								Long.toString(seen))
						.with(organiser.login()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString(title + " B")));
		assertThat(fixture.row(id)).containsEntry("title", title + " A");
	}

	@Test
	void duplicatesOneWeekLaterAndDeletesADraft() throws Exception {
		CafeFixture fixture = fixture();
		Staff organiser = fixture.facilitator("Copie");
		long venue = fixture.publishedVenue(organiser);
		String title = CafeFixture.unique("Café IA copié");
		this.mvc
			.perform(
					CafeFixture.form("/espace/cafes/nouveau", CafeFixture.fields(title, venue)).with(organiser.login()))
			.andExpect(status().isFound());
		long id = fixture.cafeTitled(title);
		String weekLater = LocalDate.now(EventZones.PARIS).plusDays(17).toString();
		this.mvc.perform(get("/espace/cafes/" + id + "/dupliquer").with(organiser.login()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + weekLater + "\"")))
			.andExpect(content().string(containsString("action=\"/espace/cafes/nouveau\"")));

		this.mvc.perform(get("/espace/cafes/" + id + "/annuler").with(organiser.login())).andExpect(status().isOk());
		this.mvc
			.perform(post("/espace/cafes/" + id + "/annuler").with(csrf())
				.with(organiser.login())
				.param("version", Long.toString(fixture.version(id))))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("success", "events.management.cancel.done.deleted"));
		assertThat(fixture.count(title)).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM moderation_item WHERE content_type = 'cafe' AND content_id = ?")
			.param(Long.toString(id))
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void listsAreEmptyAtFirstAndEveryTabAnswers() throws Exception {
		Staff newcomer = fixture().facilitator("Nouvelle");
		for (String tab : new String[] { "a-venir", "passes", "brouillons", "inconnu" }) {
			this.mvc.perform(get("/espace/cafes").param("onglet", tab).param("page", "x").with(newcomer.login()))
				.andExpect(status().isOk());
		}
		this.mvc.perform(get("/espace/cafes/nouveau").with(newcomer.login())).andExpect(status().isOk());
		this.mvc.perform(get("/espace/cafes/nouveau").param("lieu", "Quimper").with(newcomer.login()))
			.andExpect(status().isOk());
	}

	static LocalTime localTime(Map<String, Object> row) {
		return zoned(row.get("starts_at")).toLocalTime();
	}

	static ZonedDateTime zoned(Object timestamp) {
		return ((Timestamp) timestamp).toInstant().atZone(EventZones.PARIS);
	}

	static Instant instant(Map<String, Object> row) {
		return ((Timestamp) row.get("starts_at")).toInstant();
	}

}
