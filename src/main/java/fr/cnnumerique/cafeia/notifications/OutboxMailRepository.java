package fr.cnnumerique.cafeia.notifications;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

	/**
	 * Locks up to {@code limit} mails due for delivery, skipping those another node has
	 * already locked, so concurrent senders never take the same mail. The locks last
	 * until the calling transaction ends.
	 */
	@Query(value = """
			SELECT * FROM mail_outbox
			WHERE status = 'PENDING' AND next_attempt_at <= :now
			ORDER BY next_attempt_at, id
			LIMIT :limit
			FOR UPDATE SKIP LOCKED
			""", nativeQuery = true)
	List<OutboxMail> lockDue(Instant now, int limit);

	Page<OutboxMail> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);

	@Query("SELECT m FROM OutboxMail m WHERE lower(m.recipient) = lower(:recipient) ORDER BY m.createdAt DESC, m.id DESC")
	List<OutboxMail> findAllTo(String recipient);

	@Modifying
	@Query("DELETE FROM OutboxMail m WHERE m.status = fr.cnnumerique.cafeia.notifications.MailStatus.SENT AND m.sentAt < :before")
	int deleteSentBefore(Instant before);

	@Modifying
	@Query("DELETE FROM OutboxMail m WHERE m.status = fr.cnnumerique.cafeia.notifications.MailStatus.FAILED AND m.updatedAt < :before")
	int deleteFailedBefore(Instant before);

	@Modifying
	@Query("DELETE FROM OutboxMail m WHERE lower(m.recipient) = lower(:recipient)")
	int deleteAllTo(String recipient);

}
