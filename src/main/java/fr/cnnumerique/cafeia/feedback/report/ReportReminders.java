package fr.cnnumerique.cafeia.feedback.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cnnumerique.cafeia.accounts.AccountManagement;
import fr.cnnumerique.cafeia.accounts.AccountSummary;
import fr.cnnumerique.cafeia.events.EventCalendar;
import fr.cnnumerique.cafeia.events.EventSummary;
import fr.cnnumerique.cafeia.notifications.MailOutbox;
import fr.cnnumerique.cafeia.notifications.OutgoingMail;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds organisers to file the report of a café: the day after it, then a week after,
 * each from the reminder hour in the café's time zone, and never once the report is
 * filed. Each reminder is claimed in {@code feedback_report_reminder} before its mail
 * goes to the outbox, in the same transaction: a reminder is sent once, whatever the
 * number of nodes or runs. The job takes the current time as a parameter, so tests run it
 * at a chosen time.
 */
@Component
class ReportReminders {

	static final String DAY_AFTER = "DAY_AFTER";

	static final String WEEK_AFTER = "WEEK_AFTER";

	private static final Logger log = LoggerFactory.getLogger(ReportReminders.class);

	private final EventCalendar events;

	private final ReportStore store;

	private final AccountManagement accounts;

	private final MailOutbox outbox;

	private final ReportProperties properties;

	ReportReminders(EventCalendar events, ReportStore store, AccountManagement accounts, MailOutbox outbox,
			ReportProperties properties) {
		this.events = events;
		this.store = store;
		this.accounts = accounts;
		this.outbox = outbox;
		this.properties = properties;
	}

	@Scheduled(cron = "${cafeia.feedback.reminder-cron:0 10 * * * *}")
	@SchedulerLock(name = "feedback.report-reminders")
	void scheduledReminders() {
		sendReminders(Instant.now());
	}

	/**
	 * Puts the reminders due at a time in the outbox.
	 * @param now the current time
	 * @return how many reminders were put in the outbox
	 */
	@Transactional
	int sendReminders(Instant now) {
		List<EventSummary> cafes = this.events.endedBetween(now.minus(this.properties.reminderLookback()), now);
		Set<Long> reported = this.store.reported(cafes.stream().map(EventSummary::id).toList());
		int sent = 0;
		for (EventSummary cafe : cafes) {
			String step = reported.contains(cafe.id()) ? null : dueStep(cafe, now);
			if (step == null || !this.store.claimReminder(cafe.id(), step, cafe.organiserId(), now)) {
				continue;
			}
			AccountSummary organiser = this.accounts.find(cafe.organiserId()).orElse(null);
			if (organiser != null) {
				mail(organiser, cafe, step);
				sent++;
			}
		}
		if (sent > 0) {
			log.info("Report reminders put in the outbox: {}", sent);
		}
		return sent;
	}

	/**
	 * The reminder due now, the later one when both are: a week after, or the day after.
	 */
	private String dueStep(EventSummary cafe, Instant now) {
		ZoneId zone = cafe.endsAt().getZone();
		LocalDate day = cafe.endsAt().toLocalDate();
		if (!now.isBefore(day.plusDays(7).atTime(this.properties.reminderHour(), 0).atZone(zone).toInstant())) {
			return WEEK_AFTER;
		}
		if (!now.isBefore(day.plusDays(1).atTime(this.properties.reminderHour(), 0).atZone(zone).toInstant())) {
			return DAY_AFTER;
		}
		return null;
	}

	private void mail(AccountSummary organiser, EventSummary cafe, String step) {
		String template = WEEK_AFTER.equals(step) ? "feedback/report-reminder-last" : "feedback/report-reminder";
		this.outbox.enqueue(new OutgoingMail(organiser.email(), template, organiser.locale(),
				Map.of("name", organiser.displayName(), "title", cafe.title(), "day", cafe.startsAt().toLocalDate(),
						"path", "/espace/cafes/" + cafe.id() + "/bilan")));
	}

}
