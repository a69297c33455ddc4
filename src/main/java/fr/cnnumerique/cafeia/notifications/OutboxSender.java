package fr.cnnumerique.cafeia.notifications;

import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox over SMTP. Each batch is locked with {@code FOR UPDATE SKIP LOCKED}
 * and sent within one transaction, so several nodes can run the job at once without
 * sending a mail twice. Delivery is at least once: a mail accepted by the SMTP server
 * just before the transaction fails to commit is sent again.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private static final String TIMEOUT = "10000";

	private final OutboxMailRepository mails;

	private final JavaMailSender mailSender;

	private final NotificationsProperties properties;

	private final TransactionTemplate transaction;

	private final InternetAddress from;

	OutboxSender(OutboxMailRepository mails, JavaMailSender mailSender, NotificationsProperties properties,
			PlatformTransactionManager transactionManager) throws AddressException, UnsupportedEncodingException {
		this.mails = mails;
		this.mailSender = mailSender;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactionManager);
		InternetAddress parsed = new InternetAddress(properties.from(), true);
		this.from = new InternetAddress(parsed.getAddress(), parsed.getPersonal(), "UTF-8");
		applyDefaultTimeouts(mailSender);
	}

	/**
	 * JavaMail waits forever on an unresponsive server by default, which would block
	 * every scheduled job sharing the scheduler thread.
	 */
	private static void applyDefaultTimeouts(JavaMailSender mailSender) {
		if (mailSender instanceof JavaMailSenderImpl impl) {
			for (String name : List.of("connectiontimeout", "timeout", "writetimeout")) {
				impl.getJavaMailProperties().putIfAbsent("mail.smtp." + name, TIMEOUT);
			}
		}
	}

	@Scheduled(fixedDelayString = "${cafeia.mail.send-interval:10s}",
			initialDelayString = "${cafeia.mail.send-interval:10s}")
	void sendScheduled() {
		int sent = sendDue();
		if (sent > 0) {
			log.info("Outbox: {} mail(s) processed", sent);
		}
	}

	/**
	 * Sends due mails batch after batch, until none is left or a whole batch failed (the
	 * server is likely down: the next run tries again).
	 * @return how many mails were processed, sent or not
	 */
	int sendDue() {
		int total = 0;
		Batch batch;
		do {
			batch = this.transaction.execute((status) -> sendBatch());
			total += batch.processed();
		}
		while (batch.processed() == this.properties.batchSize() && batch.sent() > 0);
		return total;
	}

	private Batch sendBatch() {
		List<OutboxMail> due = this.mails.lockDue(Instant.now(), this.properties.batchSize());
		int sent = 0;
		for (OutboxMail mail : due) {
			try {
				this.mailSender.send(toMimeMessage(mail));
				mail.markSent(Instant.now());
				sent++;
			}
			catch (MailException | MessagingException | UnsupportedEncodingException ex) {
				recordFailure(mail, ex);
			}
		}
		return new Batch(due.size(), sent);
	}

	private MimeMessage toMimeMessage(OutboxMail mail) throws MessagingException, UnsupportedEncodingException {
		MimeMessage message = this.mailSender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
				"UTF-8");
		helper.setFrom(this.from);
		helper.setTo(mail.getRecipient());
		if (mail.getReplyTo() != null) {
			helper.setReplyTo(mail.getReplyTo());
		}
		helper.setSubject(mail.getSubject());
		helper.setText(mail.getBodyText(), mail.getBodyHtml());
		MailAttachment attachment = mail.getAttachment();
		if (attachment != null) {
			helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
					attachment.contentType());
		}
		message.setHeader("Auto-Submitted", "auto-generated");
		message.setHeader("Content-Language", mail.getLocale());
		return message;
	}

	private void recordFailure(OutboxMail mail, Exception ex) {
		Instant now = Instant.now();
		int attempts = mail.getAttempts() + 1;
		boolean giveUp = attempts >= this.properties.maxAttempts();
		mail.markFailedAttempt(describe(ex), now, now.plus(this.properties.backoff(attempts)), giveUp);
		if (giveUp) {
			log.error("Outbox: mail {} failed after {} attempts, given up: {}", mail.getId(), attempts, describe(ex));
		}
		else {
			log.warn("Outbox: mail {} failed (attempt {}), retrying after {}: {}", mail.getId(), attempts,
					this.properties.backoff(attempts), describe(ex));
		}
	}

	private record Batch(int processed, int sent) {
	}

	private static String describe(Exception ex) {
		StringBuilder message = new StringBuilder(ex.getClass().getSimpleName() + ": " + ex.getMessage());
		Throwable cause = ex.getCause();
		if (cause != null && cause != ex) {
			message.append(" (")
				.append(cause.getClass().getSimpleName())
				.append(": ")
				.append(cause.getMessage())
				.append(')');
		}
		return message.toString();
	}

}
