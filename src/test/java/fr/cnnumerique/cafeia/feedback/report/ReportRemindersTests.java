package fr.cnnumerique.cafeia.feedback.report;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import fr.cnnumerique.cafeia.events.TestEvent;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StaffLogin.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reminders to file a report, run at chosen times: the day after the café from 9:00, then
 * a week after, each once, and none once the report is filed.
 */
@IntegrationTest
class ReportRemindersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ReportReminders reminders;

	@Test
	void remindsTheOrganiserTheDayAfterThenAWeekAfterOnlyOnceAndNotWhenTheReportIsFiled() throws Exception {
		ReportFixture fixture = new ReportFixture(this.context);
		Staff forgetful = fixture.facilitator("Animatrice Distraite");
		Staff diligent = fixture.facilitator("Animateur Appliqué");
		Staff partner = fixture.facilitator("Co-animatrice");
		// Monday 10 March 2025, 18:00 to 19:30 in Paris
		Instant start = paris(2025, 3, 10, 18, 0);
		long cafe = new TestEvent().title("Café IA oublié").organiser(forgetful.id()).startsAt(start).insert(this.jdbc);
		fixture.addCoFacilitator(cafe, partner.id());
		long reported = new TestEvent().organiser(diligent.id()).startsAt(start).insert(this.jdbc);
		this.mvc
			.perform(ReportFixture.form("/espace/cafes/" + reported + "/bilan", ReportFixture.fields())
				.with(diligent.login()))
			.andExpect(status().isFound());

		this.reminders.sendReminders(paris(2025, 3, 10, 23, 0));
		this.reminders.sendReminders(paris(2025, 3, 11, 8, 59));
		assertThat(mails(forgetful)).isEmpty();

		this.reminders.sendReminders(paris(2025, 3, 11, 9, 5));
		assertThat(mails(forgetful)).containsExactly("feedback/report-reminder");
		String body = this.jdbc
			.sql("SELECT subject || ' ' || body_text FROM mail_outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1")
			.param(forgetful.email().toLowerCase())
			.query(String.class)
			.single();
		assertThat(body).contains("Votre café IA d’hier", "Bonjour Animatrice Distraite,", "« Café IA oublié »",
				"10 mars 2025", "/espace/cafes/" + cafe + "/bilan");

		this.reminders.sendReminders(paris(2025, 3, 11, 15, 0));
		this.reminders.sendReminders(paris(2025, 3, 16, 9, 0));
		assertThat(mails(forgetful)).containsExactly("feedback/report-reminder");

		this.reminders.sendReminders(paris(2025, 3, 17, 9, 0));
		this.reminders.sendReminders(paris(2025, 3, 18, 9, 0));
		assertThat(mails(forgetful)).containsExactly("feedback/report-reminder", "feedback/report-reminder-last");

		this.reminders.sendReminders(paris(2025, 3, 30, 9, 0));
		assertThat(mails(forgetful)).hasSize(2);
		assertThat(mails(diligent)).isEmpty();
		assertThat(mails(partner)).as("only the organiser is reminded").isEmpty();
		assertThat(this.jdbc.sql("SELECT step FROM feedback_report_reminder WHERE event_id = ? ORDER BY sent_at")
			.param(cafe)
			.query(String.class)
			.list()).containsExactly("DAY_AFTER", "WEEK_AFTER");
	}

	@Test
	void aCafeFoundLateGetsOnlyTheLastReminder() {
		ReportFixture fixture = new ReportFixture(this.context);
		Staff organiser = fixture.facilitator("Animatrice Tardive");
		Instant start = paris(2025, 4, 1, 14, 0);
		new TestEvent().organiser(organiser.id()).startsAt(start).insert(this.jdbc);
		this.reminders.sendReminders(paris(2025, 4, 9, 10, 0));
		this.reminders.sendReminders(paris(2025, 4, 10, 10, 0));
		assertThat(mails(organiser)).containsExactly("feedback/report-reminder-last");
	}

	private List<String> mails(Staff account) {
		return this.jdbc.sql("SELECT template FROM mail_outbox WHERE recipient = ? ORDER BY id")
			.param(account.email().toLowerCase())
			.query(String.class)
			.list();
	}

	private static Instant paris(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(ReportChecks.PARIS).toInstant();
	}

}
