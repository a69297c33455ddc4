package fr.cnnumerique.cafeia.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says once at start-up whether mails leave the outbox, so an unconfigured SMTP server is
 * noticed at once rather than by users waiting for their mail.
 */
@Component
class MailDeliveryNotice {

	private static final Logger log = LoggerFactory.getLogger(MailDeliveryNotice.class);

	private final ObjectProvider<OutboxSender> sender;

	private final Environment environment;

	MailDeliveryNotice(ObjectProvider<OutboxSender> sender, Environment environment) {
		this.sender = sender;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void report() {
		if (this.sender.getIfAvailable() == null) {
			log.warn("Mail delivery is off (spring.mail.host is not set): mails stay in the mail_outbox table");
		}
		else {
			log.info("Mail delivery is on through {}:{}", this.environment.getProperty("spring.mail.host"),
					this.environment.getProperty("spring.mail.port", "25"));
		}
	}

}
