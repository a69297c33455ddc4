package fr.cnnumerique.cafeia.registrations;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import fr.cnnumerique.cafeia.events.TestEvent;
import fr.cnnumerique.cafeia.notifications.MailOutbox;
import fr.cnnumerique.cafeia.notifications.StoredMail;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RegistrationJobsTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Autowired
	RegistrationJobs jobs;

	@Autowired
	RegistrationDesk desk;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailOutbox outbox;

	@Test
	void remindsConfirmedRegistrantsOnceTheDayBeforeAtTheConfiguredHour() {
		LocalDate day = LocalDate.now(PARIS).plusDays(30);
		Instant start = day.atTime(18, 0).atZone(PARIS).toInstant();
		long event = new TestEvent().portalRegistration(1).startsAt(start).insert(this.jdbc);
		String confirmed = email();
		String waiting = email();
		Instant registered = start.minus(Duration.ofDays(10));
		this.desk.register(event, applicant(confirmed), Instant.now());
		this.desk.register(event, applicant(waiting), Instant.now());
		backdate(event, registered);

		Instant beforeHour = day.minusDays(1).atTime(9, 59).atZone(PARIS).toInstant();
		this.jobs.sendReminders(beforeHour);
		assertThat(templates(confirmed)).doesNotContain("registrations/reminder");

		Instant atHour = day.minusDays(1).atTime(10, 0).atZone(PARIS).toInstant();
		this.jobs.sendReminders(atHour);
		this.jobs.sendReminders(atHour.plus(Duration.ofMinutes(15)));
		assertThat(templates(confirmed)).containsOnlyOnce("registrations/reminder");
		assertThat(templates(waiting)).doesNotContain("registrations/reminder");
		StoredMail reminder = this.outbox.mailsTo(confirmed).get(0);
		assertThat(reminder.text()).contains("/inscriptions/").contains("demain");
	}

	@Test
	void erasesPersonalDataAfterTheRetentionPeriodAndKeepsCounts() {
		Instant start = Instant.now().plus(Duration.ofDays(2));
		long event = new TestEvent().portalRegistration(2).startsAt(start).insert(this.jdbc);
		String kept = email();
		String cancelled = email();
		String waiting = email();
		this.desk.register(event, applicant(kept), Instant.now());
		String token = this.desk.register(event, applicant(cancelled), Instant.now()).registration().token();
		this.desk.register(event, applicant(waiting), Instant.now());
		this.desk.cancel(token, Instant.now());
		// the cancellation promoted the waiting one: make one wait again
		String stillWaiting = email();
		this.desk.register(event, new Applicant("Sam", stillWaiting, 2, "fauteuil", null, Locale.FRENCH),
				Instant.now());

		Instant afterCafe = start.plus(Duration.ofDays(1));
		this.jobs.erasePersonalData(afterCafe);
		assertThat(personal(event, kept)).isEqualTo(1);
		assertThat(personal(event, cancelled)).isZero();
		assertThat(personal(event, stillWaiting)).isZero();

		this.jobs.erasePersonalData(start.plus(Duration.ofDays(91)));
		assertThat(personal(event, kept)).isZero();
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM registration WHERE event_id = ? AND erased_at IS NOT NULL "
					+ "AND email IS NULL AND first_name IS NULL AND needs IS NULL AND token IS NULL")
			.param(event)
			.query(Integer.class)
			.single()).isEqualTo(4);
		assertThat(this.jdbc
			.sql("SELECT coalesce(sum(places), 0) FROM registration WHERE event_id = ? AND status = 'CONFIRMED'")
			.param(event)
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	private void backdate(long event, Instant when) {
		this.jdbc.sql("UPDATE registration SET created_at = ? WHERE event_id = ?")
			.params(java.sql.Timestamp.from(when), event)
			.update();
	}

	private int personal(long event, String email) {
		return this.jdbc.sql("SELECT count(*) FROM registration WHERE event_id = ? AND email = CAST(? AS citext)")
			.params(event, email)
			.query(Integer.class)
			.single();
	}

	private java.util.List<String> templates(String email) {
		return this.outbox.mailsTo(email).stream().map(StoredMail::template).toList();
	}

	private static Applicant applicant(String email) {
		return new Applicant("Camille", email, 1, null, null, Locale.FRENCH);
	}

	private static String email() {
		return "rappel-" + UUID.randomUUID().toString().substring(0, 10) + "@example.org";
	}

}
