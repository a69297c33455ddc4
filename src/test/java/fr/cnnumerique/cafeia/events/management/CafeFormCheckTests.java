package fr.cnnumerique.cafeia.events.management;

import java.time.LocalDate;
import java.util.Map;

import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StaffLogin.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bad input on the café form gives French field errors and saves nothing; the national
 * kinds are for staff.
 */
@IntegrationTest
class CafeFormCheckTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	CafeFixture fixture;

	Staff organiser;

	long venue;

	@BeforeEach
	void organiserWithAVenue() throws Exception {
		this.fixture = new CafeFixture(this.context);
		this.organiser = this.fixture.facilitator("Vérifiée");
		this.venue = this.fixture.publishedVenue(this.organiser);
	}

	void rejected(String field, String... overrides) throws Exception {
		String title = CafeFixture.unique("Cafe IA refuse");
		Map<String, String> fields = CafeFixture.fields(title, this.venue);
		this.mvc.perform(CafeFixture.form("/espace/cafes/nouveau", fields, overrides).with(this.organiser.login()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", field))
			.andExpect(content().string(containsString("Erreur")));
		assertThat(this.fixture.count(title)).as("cafés saved despite %s", field).isZero();
		assertThat(this.fixture.count(fields.get("title"))).isZero();
	}

	@Test
	void rejectsAnEndBeforeTheStart() throws Exception {
		rejected("endTime", "startTime", "20:00", "endTime", "18:00");
	}

	@Test
	void rejectsAStartInThePast() throws Exception {
		rejected("date", "date", LocalDate.now(EventZones.PARIS).minusDays(1).toString());
	}

	@Test
	void rejectsDatesAndTimesThatDoNotParse() throws Exception {
		rejected("date", "date", "31/02/2027");
		rejected("date", "date", "demain");
		rejected("startTime", "startTime", "midi");
		rejected("untilDate", "recurrence", "WEEKLY", "recurrenceEnd", "UNTIL", "untilDate", "2027-13-45");
	}

	@Test
	void rejectsASeriesOfMoreThan104Cafes() throws Exception {
		rejected("occurrenceCount", "recurrence", "WEEKLY", "recurrenceEnd", "COUNT", "occurrenceCount", "105");
		rejected("occurrenceCount", "recurrence", "WEEKLY", "recurrenceEnd", "COUNT", "occurrenceCount", "0");
		rejected("untilDate", "recurrence", "WEEKLY", "recurrenceEnd", "UNTIL", "untilDate",
				LocalDate.now(EventZones.PARIS).plusYears(3).toString());
	}

	@Test
	void rejectsAnOnlineCafeWithoutALinkAndAnInPersonCafeWithoutAVenue() throws Exception {
		rejected("onlineUrl", "format", "ONLINE", "venueId", "");
		rejected("onlineUrl", "format", "HYBRID", "onlineUrl", "javascript:alert(1)");
		rejected("venueId", "format", "IN_PERSON", "venueId", "");
	}

	@Test
	void rejectsAVenueThatIsNotPublished() throws Exception {
		long draftVenue = this.fixture.unpublishedVenue(this.organiser);
		rejected("venueId", "venueId", Long.toString(draftVenue));
		rejected("venueId", "venueId", "987654321");
	}

	@Test
	void rejectsHtmlInTextFields() throws Exception {
		rejected("title", "title", "<script>alert(1)</script>");
		rejected("summary", "summary", "Un café <b>génial</b>");
		rejected("description", "description", "Bonjour <img src=x onerror=alert(1)>");
	}

	@Test
	void rejectsOtherBadValues() throws Exception {
		rejected("capacity", "capacity", "0");
		rejected("registrationUrl", "registration", "EXTERNAL");
		rejected("coFacilitators", "coFacilitators", "personne-inconnue@exemple.fr");
		rejected("priceDetails", "freeOfCharge", "false");
		rejected("title", "title", "x".repeat(121));
	}

	@Test
	void theNationalKindsAreForStaff() throws Exception {
		rejected("kind", "kind", "CAFE_RESSOURCES");
		rejected("kind", "kind", "CAFE_ANIMATIONS");
	}

	@Test
	void staffCreateTheNationalOnlineSeries() throws Exception {
		Staff moderator = this.fixture.moderator("Équipe nationale");
		String title = CafeFixture.unique("Café ressources");
		LocalDate wednesday = LocalDate.now(EventZones.PARIS).plusDays(1);
		while (wednesday.getDayOfWeek() != java.time.DayOfWeek.WEDNESDAY) {
			wednesday = wednesday.plusDays(1);
		}
		this.mvc
			.perform(
					CafeFixture
						.form("/espace/cafes/nouveau", CafeFixture.fields(title, this.venue), "kind", "CAFE_RESSOURCES",
								"format", "ONLINE", "venueId", "", "onlineUrl", "https://visio.exemple.fr/ressources",
								"date", wednesday.toString(), "startTime", "13:30", "endTime", "15:00", "recurrence",
								"WEEKLY", "recurrenceEnd", "COUNT", "occurrenceCount", "10")
						.with(moderator.login()))
			.andExpect(status().isFound());
		assertThat(this.fixture.count(title)).isEqualTo(10);
		assertThat(this.fixture.row(this.fixture.cafeTitled(title))).containsEntry("kind", "CAFE_RESSOURCES")
			.containsEntry("format", "ONLINE");
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/espace/cafes/nouveau")
				.with(moderator.login()))
			.andExpect(content().string(containsString("CAFE_ANIMATIONS")));
	}

}
