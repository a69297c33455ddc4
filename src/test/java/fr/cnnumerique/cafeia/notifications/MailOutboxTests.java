package fr.cnnumerique.cafeia.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.util.TestSocketUtils;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox end to end: enqueue in the caller's transaction, delivery to a real SMTP
 * server (GreenMail), retries, concurrent senders and the purge.
 */
@IntegrationTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "cafeia.mail.send-interval=1h",
		"cafeia.mail.batch-size=3", "cafeia.mail.max-attempts=2",
		"spring.messages.basename=messages/shared,messages/notifications,test-messages/notifications-sample" })
class MailOutboxTests {

	static final int SMTP_PORT = TestSocketUtils.findAvailableTcpPort();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Autowired
	MailOutbox outbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	OutboxPurge purge;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@BeforeEach
	void emptyOutbox() {
		this.jdbc.update("DELETE FROM mail_outbox");
	}

	private static OutgoingMail sample(String to) {
		return new OutgoingMail(to, "notifications/sample", Locale.FRENCH,
				Map.of("name", "Ada", "link", "https://cafeia.example/compte/verifier/abc"));
	}

	@Test
	void enqueueStoresTheRenderedMailAsPending() {
		long id = this.outbox.enqueue(sample("ada@example.org"));
		List<StoredMail> mails = this.outbox.mailsTo("ADA@example.org");
		assertThat(mails).singleElement().satisfies((mail) -> {
			assertThat(mail.id()).isEqualTo(id);
			assertThat(mail.status()).isEqualTo(MailStatus.PENDING);
			assertThat(mail.subject()).isEqualTo("Confirmez votre adresse");
			assertThat(mail.text()).contains("https://cafeia.example/compte/verifier/abc");
			assertThat(mail.html()).contains("href=\"https://cafeia.example/compte/verifier/abc\"");
			assertThat(mail.locale()).isEqualTo(Locale.FRENCH);
			assertThat(mail.template()).isEqualTo("notifications/sample");
		});
	}

	@Test
	void enqueueInARolledBackTransactionLeavesNothing() {
		this.transaction.executeWithoutResult((status) -> {
			this.outbox.enqueue(sample("rolled-back@example.org"));
			status.setRollbackOnly();
		});
		assertThat(this.outbox.mailsTo("rolled-back@example.org")).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM mail_outbox", Integer.class)).isZero();
	}

	@Test
	void sendsMultipartMailWithSubjectAndFromAndMarksItSent() throws Exception {
		this.outbox.enqueue(sample("ada@example.org"));

		assertThat(this.sender.sendDue()).isEqualTo(1);

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		MimeMessage message = received[0];
		assertThat(message.getSubject()).isEqualTo("Confirmez votre adresse");
		Address from = message.getFrom()[0];
		assertThat(((InternetAddress) from).getPersonal()).isEqualTo("Café IA");
		assertThat(((InternetAddress) from).getAddress()).isEqualTo("ne-pas-repondre@cafeia.example");
		assertThat(message.getAllRecipients()).extracting(Address::toString).containsExactly("ada@example.org");
		assertThat(message.getContentType()).startsWith("multipart/");
		Map<String, String> parts = new java.util.HashMap<>();
		collectParts(message, parts);
		assertThat(parts).containsKeys("text/plain", "text/html");
		assertThat(parts.get("text/plain")).startsWith("Bonjour Ada,")
			.contains("https://cafeia.example/compte/verifier/abc");
		assertThat(parts.get("text/html")).contains("href=\"https://cafeia.example/compte/verifier/abc\"");
		assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");

		StoredMail stored = this.outbox.mailsTo("ada@example.org").get(0);
		assertThat(stored.status()).isEqualTo(MailStatus.SENT);
		assertThat(stored.sentAt()).isNotNull();
		assertThat(this.sender.sendDue()).isZero();
	}

	@Test
	void retriesLaterWhenTheSmtpServerIsDownThenGivesUp() {
		smtp.stop();
		long id = this.outbox.enqueue(sample("ada@example.org"));

		Instant before = Instant.now();
		this.sender.sendDue();
		StoredMail first = this.outbox.find(id).orElseThrow();
		assertThat(first.status()).isEqualTo(MailStatus.PENDING);
		assertThat(first.attempts()).isEqualTo(1);
		assertThat(first.lastError()).isNotBlank();
		Instant nextAttempt = nextAttemptAt(id);
		assertThat(nextAttempt).isAfter(before.plus(50, ChronoUnit.SECONDS));

		assertThat(this.sender.sendDue()).as("not due yet").isZero();

		this.jdbc.update("UPDATE mail_outbox SET next_attempt_at = now() WHERE id = ?", id);
		this.sender.sendDue();
		StoredMail second = this.outbox.find(id).orElseThrow();
		assertThat(second.status()).isEqualTo(MailStatus.FAILED);
		assertThat(second.attempts()).isEqualTo(2);
		assertThat(second.sentAt()).isNull();
	}

	@Test
	void concurrentSendersNeverSendTheSameMailTwice() throws Exception {
		int count = 12;
		for (int i = 0; i < count; i++) {
			this.outbox.enqueue(sample("person" + i + "@example.org"));
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService workers = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				results.add(workers.submit(() -> {
					start.await();
					return this.sender.sendDue();
				}));
			}
			start.countDown();
			int processed = 0;
			for (Future<Integer> result : results) {
				processed += result.get();
			}
			assertThat(processed).isEqualTo(count);
		}
		finally {
			workers.shutdownNow();
		}
		MimeMessage[] received = smtp.getReceivedMessages();
		List<String> recipients = new ArrayList<>();
		for (MimeMessage message : received) {
			recipients.add(message.getAllRecipients()[0].toString());
		}
		assertThat(recipients).hasSize(count).doesNotHaveDuplicates();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM mail_outbox WHERE status = 'SENT'", Integer.class))
			.isEqualTo(count);
	}

	@Test
	void purgeDeletesSentAndFailedMailsPastTheRetentionPeriodOnly() {
		long old = this.outbox.enqueue(sample("old@example.org"));
		long recent = this.outbox.enqueue(sample("recent@example.org"));
		long pending = this.outbox.enqueue(sample("pending@example.org"));
		markSent(old, Instant.now().minus(31, ChronoUnit.DAYS));
		markSent(recent, Instant.now().minus(29, ChronoUnit.DAYS));
		this.jdbc.update("UPDATE mail_outbox SET created_at = now() - interval '60 days' WHERE id = ?", pending);
		long failedLongAgo = this.outbox.enqueue(sample("failed-old@example.org"));
		long failedRecently = this.outbox.enqueue(sample("failed-recent@example.org"));
		this.jdbc.update(
				"UPDATE mail_outbox SET status = 'FAILED', updated_at = now() - interval '31 days' WHERE id = ?",
				failedLongAgo);
		this.jdbc.update("UPDATE mail_outbox SET status = 'FAILED' WHERE id = ?", failedRecently);

		this.purge.purge();

		assertThat(this.jdbc.queryForList("SELECT id FROM mail_outbox ORDER BY id", Long.class)).containsExactly(recent,
				pending, failedRecently);
	}

	private static void collectParts(Part part, Map<String, String> parts) throws Exception {
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				collectParts(multipart.getBodyPart(i), parts);
			}
		}
		else {
			parts.put(part.getContentType().split(";")[0].strip().toLowerCase(Locale.ROOT), (String) part.getContent());
		}
	}

	private void markSent(long id, Instant sentAt) {
		this.jdbc.update("UPDATE mail_outbox SET status = 'SENT', sent_at = ? WHERE id = ?", Timestamp.from(sentAt),
				id);
	}

	private Instant nextAttemptAt(long id) {
		return this.jdbc.queryForObject("SELECT next_attempt_at FROM mail_outbox WHERE id = ?", Timestamp.class, id)
			.toInstant();
	}

}
