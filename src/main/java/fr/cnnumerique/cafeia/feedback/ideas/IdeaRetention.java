package fr.cnnumerique.cafeia.feedback.ideas;

import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases the e-mail addresses of contributions closed more than
 * {@code cafeia.feedback.ideas.email-retention} ago, every night. The erasure is one
 * idempotent statement, so nodes running it at the same time do no harm and it needs no
 * lock.
 */
@Component
class IdeaRetention {

	private static final Logger log = LoggerFactory.getLogger(IdeaRetention.class);

	private final IdeaBox box;

	IdeaRetention(IdeaBox box) {
		this.box = box;
	}

	@Scheduled(cron = "${cafeia.feedback.ideas.retention-cron:0 50 3 * * *}")
	@SchedulerLock(name = "feedback.ideas.retention")
	void scheduledErasure() {
		eraseEmails(Instant.now());
	}

	/**
	 * @param now the current time, chosen by tests
	 * @return how many addresses were erased
	 */
	int eraseEmails(Instant now) {
		int erased = this.box.eraseExpiredEmails(now);
		if (erased > 0) {
			log.info("Idea box addresses erased after their retention period: {}", erased);
		}
		return erased;
	}

}
