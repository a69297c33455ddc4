package fr.cnnumerique.cafeia.notifications;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "mail_outbox")
class OutboxMail {

	private static final int MAX_ERROR_LENGTH = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "recipient", nullable = false)
	private String recipient;

	@Column(nullable = false)
	private String subject;

	@Column(name = "reply_to")
	private String replyTo;

	@Column(name = "attachment_name")
	private String attachmentName;

	@Column(name = "attachment_type")
	private String attachmentType;

	@Column(name = "attachment")
	private byte[] attachment;

	@Column(name = "body_text", nullable = false)
	private String bodyText;

	@Column(name = "body_html", nullable = false)
	private String bodyHtml;

	@Column(nullable = false)
	private String template;

	@Column(nullable = false)
	private String locale;

	@Column(nullable = false)
	@Enumerated(EnumType.STRING)
	private MailStatus status = MailStatus.PENDING;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "next_attempt_at", nullable = false)
	private Instant nextAttemptAt;

	@Column(name = "last_error")
	private String lastError;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected OutboxMail() {
	}

	OutboxMail(String recipient, String replyTo, String template, String locale, MailRenderer.RenderedMail rendered,
			Instant now) {
		this.recipient = recipient;
		this.replyTo = replyTo;
		this.template = template;
		this.locale = locale;
		this.subject = rendered.subject();
		this.bodyText = rendered.text();
		this.bodyHtml = rendered.html();
		this.createdAt = now;
		this.updatedAt = now;
		this.nextAttemptAt = now;
	}

	void attach(MailAttachment file) {
		this.attachmentName = file.fileName();
		this.attachmentType = file.contentType();
		this.attachment = file.content();
	}

	MailAttachment getAttachment() {
		return (this.attachment != null) ? new MailAttachment(this.attachmentName, this.attachmentType, this.attachment)
				: null;
	}

	void markSent(Instant now) {
		this.status = MailStatus.SENT;
		this.sentAt = now;
		this.lastError = null;
		this.updatedAt = now;
	}

	/**
	 * Records a failed delivery: the mail is tried again at {@code nextAttemptAt}, or
	 * given up when {@code giveUp}.
	 */
	void markFailedAttempt(String error, Instant now, Instant nextAttemptAt, boolean giveUp) {
		this.attempts++;
		this.lastError = (error.length() > MAX_ERROR_LENGTH) ? error.substring(0, MAX_ERROR_LENGTH) : error;
		this.nextAttemptAt = nextAttemptAt;
		this.status = giveUp ? MailStatus.FAILED : MailStatus.PENDING;
		this.updatedAt = now;
	}

	Long getId() {
		return this.id;
	}

	String getRecipient() {
		return this.recipient;
	}

	String getReplyTo() {
		return this.replyTo;
	}

	String getSubject() {
		return this.subject;
	}

	String getBodyText() {
		return this.bodyText;
	}

	String getBodyHtml() {
		return this.bodyHtml;
	}

	String getTemplate() {
		return this.template;
	}

	String getLocale() {
		return this.locale;
	}

	MailStatus getStatus() {
		return this.status;
	}

	int getAttempts() {
		return this.attempts;
	}

	Instant getNextAttemptAt() {
		return this.nextAttemptAt;
	}

	String getLastError() {
		return this.lastError;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getSentAt() {
		return this.sentAt;
	}

}
