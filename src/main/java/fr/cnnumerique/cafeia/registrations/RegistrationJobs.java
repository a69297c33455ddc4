package fr.cnnumerique.cafeia.registrations;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import fr.cnnumerique.cafeia.events.EventCalendar;
import fr.cnnumerique.cafeia.events.EventStatus;
import fr.cnnumerique.cafeia.events.EventSummary;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminders sent the day before a café and the erasure of personal data after it.
 * Both run on one node at a time (ShedLock) and take the current time as a parameter, so
 * tests run them at a chosen time.
 */
@Component
@EnableConfigurationProperties(RegistrationsProperties.class)
class RegistrationJobs {

	private static final Logger log = LoggerFactory.getLogger(RegistrationJobs.class);

	private final RegistrationStore store;

	private final EventCalendar events;

	private final RegistrationMails mails;

	private final RegistrationsProperties properties;

	private final TransactionTemplate transactions;

	RegistrationJobs(RegistrationStore store, EventCalendar events, RegistrationMails mails,
			RegistrationsProperties properties, PlatformTransactionManager transactionManager) {
		this.store = store;
		this.events = events;
		this.mails = mails;
		this.properties = properties;
		// the scheduled methods call the jobs on this very object, where @Transactional
		// would not apply: the transaction is explicit
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Scheduled(cron = "${cafeia.registrations.reminder-cron:0 */15 * * * *}")
	@SchedulerLock(name = "registrations.reminders")
	void scheduledReminders() {
		sendReminders(Instant.now());
	}

	@Scheduled(cron = "${cafeia.registrations.retention-cron:0 40 3 * * *}")
	@SchedulerLock(name = "registrations.retention")
	void scheduledErasure() {
		erasePersonalData(Instant.now());
	}

	/**
	 * Reminds confirmed registrants of cafés starting the next day once the reminder hour
	 * has come in the café's time zone. Registrations made after that hour are not
	 * reminded: their confirmation is fresh.
	 * @param now the current time
	 * @return how many reminders were put in the outbox
	 */
	int sendReminders(Instant now) {
		Integer sent = this.transactions.execute((status) -> remind(now));
		if (sent != null && sent > 0) {
			log.info("Reminders put in the outbox: {}", sent);
		}
		return (sent != null) ? sent : 0;
	}

	private int remind(Instant now) {
		int sent = 0;
		for (long eventId : this.store.eventsToRemind(now, now.plus(2, ChronoUnit.DAYS))) {
			EventSummary event = this.events.findPublic(eventId).orElse(null);
			if (event == null || event.status() != EventStatus.PUBLISHED) {
				continue;
			}
			ZonedDateTime remindAt = event.startsAt()
				.toLocalDate()
				.minusDays(1)
				.atTime(this.properties.reminderHour(), 0)
				.atZone(event.startsAt().getZone());
			if (now.isBefore(remindAt.toInstant())) {
				continue;
			}
			for (Registration registration : this.store.takeRemindersDue(eventId, remindAt.toInstant(), now)) {
				this.mails.reminder(registration, event);
				sent++;
			}
		}
		return sent;
	}

	/**
	 * Erases personal data past its retention period.
	 * @param now the current time
	 * @return how many registrations were erased
	 */
	int erasePersonalData(Instant now) {
		Integer count = this.transactions.execute((status) -> this.store
			.eraseDue(now.minus(this.properties.retention()), now, now.minus(this.properties.cancelledRetention())));
		int erased = (count != null) ? count : 0;
		if (erased > 0) {
			log.info("Registrations erased after their retention period: {}", erased);
		}
		return erased;
	}

}
