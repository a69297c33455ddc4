package fr.cnnumerique.cafeia.notifications;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes sent mails once the retention period is over: they hold personal data and serve
 * no purpose after delivery. Failed mails are kept for investigation. Safe to run on
 * several nodes at once.
 */
@Component
class OutboxPurge {

	private static final Logger log = LoggerFactory.getLogger(OutboxPurge.class);

	private final OutboxMailRepository mails;

	private final NotificationsProperties properties;

	OutboxPurge(OutboxMailRepository mails, NotificationsProperties properties) {
		this.mails = mails;
		this.properties = properties;
	}

	@Scheduled(cron = "${cafeia.mail.purge-cron:0 30 3 * * *}")
	@Transactional
	public void purge() {
		Instant before = Instant.now().minus(this.properties.retention());
		// mails given up on hold names, addresses and links too: they go after the same
		// time
		int deleted = this.mails.deleteSentBefore(before) + this.mails.deleteFailedBefore(before);
		if (deleted > 0) {
			log.info("Outbox: {} sent or failed mail(s) older than {} deleted", deleted, this.properties.retention());
		}
	}

}
