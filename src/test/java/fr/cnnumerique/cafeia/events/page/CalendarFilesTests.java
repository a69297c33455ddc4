package fr.cnnumerique.cafeia.events.page;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;

import fr.cnnumerique.cafeia.events.EventStatus;
import fr.cnnumerique.cafeia.events.TestEvent;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Calendar files read back with ical4j, as a calendar application would: one café, and
 * the feed with the list's filters.
 */
@IntegrationTest
class CalendarFilesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCafeIsOneEventInItsOwnZoneWithAStableIdentity() throws Exception {
		// 13:30 in Paris in winter (UTC+1) and in summer (UTC+2)
		long winter = new TestEvent().title("Café d’hiver")
			.startsAt(Instant.parse("2099-03-04T12:30:00Z"))
			.insert(this.jdbc);
		long summer = new TestEvent().title("Café d’été")
			.startsAt(Instant.parse("2099-07-01T11:30:00Z"))
			.insert(this.jdbc);
		this.jdbc.sql("UPDATE event SET sequence = 3 WHERE id = ?").param(winter).update();

		MockHttpServletResponse response = this.mvc.perform(get("/cafes/" + winter + ".ics"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"cafe-ia-" + winter + ".ics\""))
			.andExpect(header().string("Cache-Control", "max-age=300, public"))
			.andReturn()
			.getResponse();
		Calendar calendar = parse(response.getContentAsString());
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(1);
		VEvent event = events.get(0);
		assertThat(value(event, "UID")).isEqualTo("cafe-" + winter + "@localhost");
		assertThat(value(event, "SEQUENCE")).isEqualTo("3");
		assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
		assertThat(value(event, "SUMMARY")).isEqualTo("Café d’hiver");
		assertThat(value(event, "URL")).isEqualTo("http://localhost:8080/cafes/" + winter + "-cafe-d-hiver");
		assertThat(value(event, "LOCATION")).isEqualTo("Médiathèque de Quimper, 1 rue de la Paix, 29000 Quimper");
		assertThat(value(event, "GEO")).isEqualTo("48.0;-4.1");
		assertThat(value(event, "DESCRIPTION")).contains("Une conversation conviviale",
				"http://localhost:8080/cafes/" + winter + "-cafe-d-hiver");
		assertThat(event.getProperty("DTSTAMP")).isPresent();
		assertThat(event.getProperty("LAST-MODIFIED")).isPresent();
		Property start = event.getProperty("DTSTART").orElseThrow();
		assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Paris");
		assertThat(localTime(event)).isEqualTo(LocalTime.of(13, 30));
		assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).singleElement()
			.satisfies(
					(zone) -> assertThat(zone.getProperty("TZID").orElseThrow().getValue()).isEqualTo("Europe/Paris"));

		VEvent summerEvent = parse(
				this.mvc.perform(get("/cafes/" + summer + ".ics")).andReturn().getResponse().getContentAsString())
			.<VEvent>getComponents("VEVENT")
			.get(0);
		assertThat(localTime(summerEvent)).isEqualTo(LocalTime.of(13, 30));
	}

	@Test
	void aCancelledCafeIsCancelledInCalendars() throws Exception {
		long id = new TestEvent().title("Café annulé").status(EventStatus.CANCELLED).insert(this.jdbc);
		VEvent event = parse(
				this.mvc.perform(get("/cafes/" + id + ".ics")).andReturn().getResponse().getContentAsString())
			.<VEvent>getComponents("VEVENT")
			.get(0);
		assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
	}

	@Test
	void answersNotModifiedToTheCurrentEtag() throws Exception {
		long id = new TestEvent().title("Café en cache").insert(this.jdbc);
		String etag = this.mvc.perform(get("/cafes/" + id + ".ics"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		assertThat(etag).isNotBlank();
		this.mvc.perform(get("/cafes/" + id + ".ics").header("If-None-Match", etag))
			.andExpect(status().isNotModified());
		this.jdbc.sql("UPDATE event SET sequence = sequence + 1, updated_at = now() WHERE id = ?").param(id).update();
		this.mvc.perform(get("/cafes/" + id + ".ics").header("If-None-Match", etag)).andExpect(status().isOk());

		String feedEtag = this.mvc.perform(get("/cafes.ics").param("q", "zzcache"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		this.mvc.perform(get("/cafes.ics").param("q", "zzcache").header("If-None-Match", feedEtag))
			.andExpect(status().isNotModified());
	}

	@Test
	void theFeedAppliesTheFiltersOfTheList() throws Exception {
		String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		long quimper = new TestEvent().title("Quimper " + word).at(47.996, -4.102, "Quimper").insert(this.jdbc);
		long brest = new TestEvent().title("Brest " + word).at(48.390, -4.486, "Brest").insert(this.jdbc);
		long online = new TestEvent().title("En ligne " + word).online().insert(this.jdbc);
		new TestEvent().title("Brouillon " + word).status(EventStatus.DRAFT).insert(this.jdbc);
		long reunion = new TestEvent().title("Réunion " + word).at(-20.88, 55.45, "Saint-Denis").insert(this.jdbc);
		this.jdbc.sql("UPDATE event SET time_zone = 'Indian/Reunion', departement_code = '974' WHERE id = ?")
			.param(reunion)
			.update();

		MockHttpServletResponse all = this.mvc.perform(get("/cafes.ics").param("q", word))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
			.andExpect(header().string("Cache-Control", "max-age=300, public"))
			.andReturn()
			.getResponse();
		Calendar calendar = parse(all.getContentAsString());
		assertThat(uids(calendar)).containsExactlyInAnyOrder(uid(quimper), uid(brest), uid(online), uid(reunion));
		assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE"))
			.extracting((zone) -> zone.getProperty("TZID").orElseThrow().getValue())
			.containsExactlyInAnyOrder("Europe/Paris", "Indian/Reunion");

		// around a place, online cafés can be joined from anywhere
		assertThat(uids(parse(feed("q", word, "lieu", "Quimper")))).containsExactlyInAnyOrder(uid(quimper),
				uid(online));
		assertThat(uids(parse(feed("q", word, "lieu", "Quimper", "format", "presentiel"))))
			.containsExactly(uid(quimper));
		assertThat(uids(parse(feed("q", word, "format", "en-ligne")))).containsExactly(uid(online));
	}

	@Test
	void refusesParametersItCannotUnderstandInFrench() throws Exception {
		this.mvc.perform(get("/cafes.ics").param("rayon", "7").param("du", "demain"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", "text/plain;charset=UTF-8"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Choisissez une distance")));
	}

	private String feed(String... params) throws Exception {
		var request = get("/cafes.ics");
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static Calendar parse(String text) throws Exception {
		return new CalendarBuilder().build(new StringReader(text));
	}

	private static List<String> uids(Calendar calendar) {
		return calendar.<VEvent>getComponents("VEVENT").stream().map((event) -> value(event, "UID")).toList();
	}

	private static String uid(long id) {
		return "cafe-" + id + "@localhost";
	}

	private static String value(VEvent event, String name) {
		return event.getProperty(name).orElseThrow().getValue();
	}

	private static LocalTime localTime(VEvent event) {
		Temporal start = event.getDateTimeStart().getDate();
		return ZonedDateTime.from(start).toLocalTime();
	}

}
