package fr.cnnumerique.cafeia.notifications;

import java.time.Instant;
import java.util.Locale;

/**
 * A mail as the outbox holds it, rendered and ready to send.
 *
 * @param id identifier in the outbox
 * @param to recipient address
 * @param template template it was rendered from, such as {@code accounts/verification}
 * @param locale language it was rendered in
 * @param subject rendered subject
 * @param text plain-text body
 * @param html HTML body
 * @param status delivery status
 * @param attempts failed delivery attempts so far
 * @param lastError message of the last delivery failure, or {@code null}
 * @param createdAt when it was put in the outbox
 * @param sentAt when the SMTP server accepted it, or {@code null}
 */
public record StoredMail(long id, String to, String template, Locale locale, String subject, String text, String html,
		MailStatus status, int attempts, String lastError, Instant createdAt, Instant sentAt) {

	static StoredMail of(OutboxMail mail) {
		return new StoredMail(mail.getId(), mail.getRecipient(), mail.getTemplate(),
				Locale.forLanguageTag(mail.getLocale()), mail.getSubject(), mail.getBodyText(), mail.getBodyHtml(),
				mail.getStatus(), mail.getAttempts(), mail.getLastError(), mail.getCreatedAt(), mail.getSentAt());
	}

}
