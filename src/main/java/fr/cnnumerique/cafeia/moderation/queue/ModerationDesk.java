package fr.cnnumerique.cafeia.moderation.queue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fr.cnnumerique.cafeia.accounts.AccountManagement;
import fr.cnnumerique.cafeia.accounts.AccountSummary;
import fr.cnnumerique.cafeia.moderation.AuditEntry;
import fr.cnnumerique.cafeia.moderation.AuditLog;
import fr.cnnumerique.cafeia.moderation.ChangesRequested;
import fr.cnnumerique.cafeia.moderation.ContentApproved;
import fr.cnnumerique.cafeia.moderation.ContentRejected;
import fr.cnnumerique.cafeia.moderation.ContentUnpublished;
import fr.cnnumerique.cafeia.moderation.ModerationStatus;
import fr.cnnumerique.cafeia.moderation.Submission;
import fr.cnnumerique.cafeia.moderation.TrustedAuthors;
import fr.cnnumerique.cafeia.moderation.queue.QueueRows.RecentDecision;
import fr.cnnumerique.cafeia.moderation.queue.QueueRows.Report;
import fr.cnnumerique.cafeia.moderation.queue.QueueRows.ReportedItem;
import fr.cnnumerique.cafeia.moderation.queue.QueueRows.TypeCount;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queue's state and every decision taken on it. Each decision is one transaction: the
 * row changes only if the moderator saw its current version (optimistic locking on the
 * {@code version} column, checked by the {@code UPDATE} itself so two moderators cannot
 * both win), and the audit entry, the event publication and the author's mail are written
 * with it or not at all. Internal to the moderation module: other modules use
 * {@link fr.cnnumerique.cafeia.moderation.ModerationQueue}.
 */
@Service
public class ModerationDesk {

	static final int COMMENT_MAX = 2000;

	private static final String ITEM_COLUMNS = """
			id, content_type, content_id, title, author_id, public_url, excerpt, submitted_version,
			approved_version, status, needs_review, submitted_at, decided_at, decision_reason, decision_comment, version
			""";

	private final JdbcClient jdbc;

	private final TrustedAuthors trustedAuthors;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final ModerationMails mails;

	private final AccountManagement accounts;

	private final MessageSource messages;

	private final ModerationProperties properties;

	ModerationDesk(JdbcClient jdbc, TrustedAuthors trustedAuthors, AuditLog audit, ApplicationEventPublisher events,
			ModerationMails mails, AccountManagement accounts, MessageSource messages,
			ModerationProperties properties) {
		this.jdbc = jdbc;
		this.trustedAuthors = trustedAuthors;
		this.audit = audit;
		this.events = events;
		this.mails = mails;
		this.accounts = accounts;
		this.messages = messages;
		this.properties = properties;
	}

	/**
	 * See {@link fr.cnnumerique.cafeia.moderation.ModerationQueue#submit(Submission)}.
	 * @param submission the content
	 * @return the resulting status
	 */
	@Transactional
	public ModerationStatus submit(Submission submission) {
		boolean trusted = this.trustedAuthors.isTrusted(submission.authorId());
		ModerationStatus asked = trusted ? ModerationStatus.PUBLISHED : ModerationStatus.PENDING;
		// Content that staff rejected or took down goes back to a moderator, trusted
		// author
		// or not: an edit must not bring it back online on its own.
		ModerationStatus status = this.jdbc.sql("""
				INSERT INTO moderation_item (content_type, content_id, title, author_id, public_url, excerpt,
				    submitted_version, status, needs_review)
				VALUES (:type, :id, :title, :author, :url, :excerpt, :version, :status, :trusted)
				ON CONFLICT (content_type, content_id) DO UPDATE SET
				    title = EXCLUDED.title, author_id = EXCLUDED.author_id, public_url = EXCLUDED.public_url,
				    excerpt = EXCLUDED.excerpt, submitted_version = EXCLUDED.submitted_version,
				    status = CASE WHEN moderation_item.status IN ('UNPUBLISHED', 'REJECTED') THEN 'PENDING'
				                  ELSE EXCLUDED.status END,
				    needs_review = CASE WHEN moderation_item.status IN ('UNPUBLISHED', 'REJECTED') THEN false
				                        ELSE EXCLUDED.needs_review END,
				    submitted_at = now(),
				    decided_at = NULL, decided_by = NULL, decision_reason = NULL, decision_comment = NULL,
				    updated_at = now(), version = moderation_item.version + 1
				RETURNING status
				""")
			.param("type", submission.contentType())
			.param("id", submission.contentId())
			.param("title", submission.title())
			.param("author", submission.authorId())
			.param("url", submission.publicUrl())
			.param("excerpt", submission.excerpt())
			.param("version", submission.version())
			.param("status", asked.name())
			.param("trusted", trusted)
			.query((rs, row) -> ModerationStatus.valueOf(rs.getString(1)))
			.single();
		if (status == ModerationStatus.PUBLISHED) {
			this.audit.record(new AuditEntry(null, null, "moderation.publish-trusted", submission.contentType(),
					submission.contentId(), submission.title(), null));
			this.events.publishEvent(new ContentApproved(submission.contentType(), submission.contentId(), null));
		}
		return status;
	}

	/**
	 * Where a piece of content stands.
	 * @param contentType the type
	 * @param contentId the id
	 * @return the status, or empty if unknown
	 */
	@Transactional(readOnly = true)
	public Optional<ModerationStatus> statusOf(String contentType, String contentId) {
		return this.jdbc.sql("SELECT status FROM moderation_item WHERE content_type = ? AND content_id = ?")
			.params(contentType, contentId)
			.query((rs, row) -> ModerationStatus.valueOf(rs.getString(1)))
			.optional();
	}

	/**
	 * Removes a piece of content and its reports from the queue.
	 * @param contentType the type
	 * @param contentId the id
	 */
	@Transactional
	public void withdraw(String contentType, String contentId) {
		this.jdbc.sql("DELETE FROM moderation_item WHERE content_type = ? AND content_id = ?")
			.params(contentType, contentId)
			.update();
	}

	@Transactional(readOnly = true)
	Optional<QueueItem> find(long id) {
		return this.jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM moderation_item WHERE id = ?")
			.param(id)
			.query(ModerationDesk::item)
			.optional();
	}

	@Transactional(readOnly = true)
	Optional<QueueItem> find(String contentType, String contentId) {
		return this.jdbc
			.sql("SELECT " + ITEM_COLUMNS + " FROM moderation_item WHERE content_type = ? AND content_id = ?")
			.params(contentType, contentId)
			.query(ModerationDesk::item)
			.optional();
	}

	/**
	 * Pending items, oldest first.
	 * @param type only this content type, or all when {@code null}
	 * @param olderThan only items submitted longer ago than this, or all when
	 * {@code null}
	 */
	@Transactional(readOnly = true)
	Page<QueueItem> pending(String type, Duration olderThan, Pageable pageable) {
		String where = "status = 'PENDING' AND (:type = '' OR content_type = :type) AND submitted_at < :before";
		Timestamp before = Timestamp
			.from((olderThan != null) ? Instant.now().minus(olderThan) : Instant.now().plus(Duration.ofDays(1)));
		String typeFilter = (type != null) ? type : "";
		List<QueueItem> rows = this.jdbc
			.sql("SELECT " + ITEM_COLUMNS + " FROM moderation_item WHERE " + where
					+ " ORDER BY submitted_at, id LIMIT :limit OFFSET :offset")
			.param("type", typeFilter)
			.param("before", before)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(ModerationDesk::item)
			.list();
		long total = this.jdbc.sql("SELECT count(*) FROM moderation_item WHERE " + where)
			.param("type", typeFilter)
			.param("before", before)
			.query(Long.class)
			.single();
		return new PageImpl<>(rows, pageable, total);
	}

	/**
	 * Items published because their author is trusted and not yet reviewed, oldest first.
	 */
	@Transactional(readOnly = true)
	Page<QueueItem> toReview(Pageable pageable) {
		List<QueueItem> rows = this.jdbc
			.sql("SELECT " + ITEM_COLUMNS
					+ " FROM moderation_item WHERE needs_review ORDER BY submitted_at, id LIMIT ? OFFSET ?")
			.params(pageable.getPageSize(), pageable.getOffset())
			.query(ModerationDesk::item)
			.list();
		long total = this.jdbc.sql("SELECT count(*) FROM moderation_item WHERE needs_review")
			.query(Long.class)
			.single();
		return new PageImpl<>(rows, pageable, total);
	}

	@Transactional(readOnly = true)
	List<TypeCount> pendingCounts() {
		return this.jdbc.sql("""
				SELECT content_type, count(*) FROM moderation_item WHERE status = 'PENDING'
				GROUP BY content_type ORDER BY content_type
				""").query((rs, row) -> new TypeCount(rs.getString(1), rs.getLong(2))).list();
	}

	@Transactional(readOnly = true)
	long toReviewCount() {
		return this.jdbc.sql("SELECT count(*) FROM moderation_item WHERE needs_review").query(Long.class).single();
	}

	@Transactional(readOnly = true)
	List<TypeCount> reportCounts() {
		return this.jdbc.sql("""
				SELECT i.content_type, count(*) FROM moderation_report r JOIN moderation_item i ON i.id = r.item_id
				WHERE r.status = 'OPEN' GROUP BY i.content_type ORDER BY i.content_type
				""").query((rs, row) -> new TypeCount(rs.getString(1), rs.getLong(2))).list();
	}

	@Transactional(readOnly = true)
	Page<ReportedItem> reported(Pageable pageable) {
		List<ReportedItem> rows = this.jdbc.sql("""
				SELECT i.id, i.content_type, i.title, i.status, count(*) AS open_reports, min(r.created_at) AS first_at
				FROM moderation_report r JOIN moderation_item i ON i.id = r.item_id
				WHERE r.status = 'OPEN' GROUP BY i.id ORDER BY first_at, i.id LIMIT ? OFFSET ?
				""")
			.params(pageable.getPageSize(), pageable.getOffset())
			.query((rs, row) -> new ReportedItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getTimestamp(6).toInstant()))
			.list();
		long total = this.jdbc.sql("SELECT count(DISTINCT item_id) FROM moderation_report WHERE status = 'OPEN'")
			.query(Long.class)
			.single();
		return new PageImpl<>(rows, pageable, total);
	}

	@Transactional(readOnly = true)
	List<Report> reportsOf(long itemId) {
		return this.jdbc.sql("""
				SELECT id, reason, message, reporter_email IS NOT NULL, status, created_at FROM moderation_report
				WHERE item_id = ? ORDER BY (status = 'OPEN') DESC, created_at DESC LIMIT 200
				""")
			.param(itemId)
			.query((rs, row) -> new Report(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
					rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	@Transactional(readOnly = true)
	List<RecentDecision> recentDecisions(int limit) {
		return this.jdbc.sql("""
				SELECT at, actor_name, action, target_type, target_label, reason FROM audit_log
				WHERE action LIKE 'moderation.%' ORDER BY at DESC, id DESC LIMIT ?
				""")
			.param(limit)
			.query((rs, row) -> new RecentDecision(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6)))
			.list();
	}

	/**
	 * Approves, sends back or rejects an item, as the moderator saw it.
	 * @throws ModerationException if the item is unknown, the moderator's own, already
	 * decided or changed since the moderator saw it, or the reason is missing
	 */
	@Transactional
	void decide(long itemId, long seenVersion, Decision decision, String reason, String comment, long moderatorId) {
		QueueItem item = find(itemId).orElseThrow(ModerationException::notFound);
		if (item.authorId() == moderatorId) {
			throw ModerationException.ownContent();
		}
		if (!item.decidable()) {
			throw ModerationException.conflict("moderation.review.already-decided");
		}
		String text = clean(comment);
		if (decision.needsReason()) {
			checkReason(reason, text);
		}
		String code = decision.needsReason() ? reason : null;
		ModerationStatus status = switch (decision) {
			case APPROVE -> ModerationStatus.PUBLISHED;
			case REQUEST_CHANGES -> ModerationStatus.CHANGES_REQUESTED;
			case REJECT -> ModerationStatus.REJECTED;
		};
		int updated = this.jdbc.sql("""
				UPDATE moderation_item SET status = :status, needs_review = false,
				    approved_version = CASE WHEN :approve THEN submitted_version ELSE approved_version END,
				    decided_at = now(), decided_by = :moderator, decision_reason = :reason, decision_comment = :comment,
				    updated_at = now(), version = version + 1
				WHERE id = :id AND version = :seen AND (status = 'PENDING' OR needs_review)
				""")
			.param("status", status.name())
			.param("approve", decision == Decision.APPROVE)
			.param("moderator", moderatorId)
			.param("reason", code)
			.param("comment", text)
			.param("id", itemId)
			.param("seen", seenVersion)
			.update();
		if (updated == 0) {
			throw ModerationException.conflict("moderation.review.conflict");
		}
		this.audit.record(new AuditEntry(moderatorId, nameOf(moderatorId), decision.auditAction(), item.contentType(),
				item.contentId(), item.title(), auditReason(code, text)));
		switch (decision) {
			case APPROVE ->
				this.events.publishEvent(new ContentApproved(item.contentType(), item.contentId(), moderatorId));
			case REQUEST_CHANGES ->
				this.events.publishEvent(new ChangesRequested(item.contentType(), item.contentId(), code, text));
			case REJECT ->
				this.events.publishEvent(new ContentRejected(item.contentType(), item.contentId(), code, text));
		}
		boolean confirmsTrustedPublication = decision == Decision.APPROVE && item.needsReview();
		if (!confirmsTrustedPublication) {
			this.mails.toAuthor(item, decision.mailTemplate(), code, text);
		}
	}

	/**
	 * Takes a published item off the public site and closes its open reports.
	 * @throws ModerationException if the item is unknown, the staff member's own, not
	 * published or changed since seen, or the reason is missing
	 */
	@Transactional
	void unpublish(long itemId, long seenVersion, String reason, String comment, long staffId) {
		QueueItem item = find(itemId).orElseThrow(ModerationException::notFound);
		if (item.authorId() == staffId) {
			throw ModerationException.ownContent();
		}
		if (item.status() != ModerationStatus.PUBLISHED) {
			throw ModerationException.conflict("moderation.reports.not-published");
		}
		String text = clean(comment);
		checkReason(reason, text);
		int updated = this.jdbc.sql("""
				UPDATE moderation_item SET status = 'UNPUBLISHED', needs_review = false, decided_at = now(),
				    decided_by = :staff, decision_reason = :reason, decision_comment = :comment, updated_at = now(),
				    version = version + 1
				WHERE id = :id AND version = :seen AND status = 'PUBLISHED'
				""")
			.param("staff", staffId)
			.param("reason", reason)
			.param("comment", text)
			.param("id", itemId)
			.param("seen", seenVersion)
			.update();
		if (updated == 0) {
			throw ModerationException.conflict("moderation.review.conflict");
		}
		this.audit.record(new AuditEntry(staffId, nameOf(staffId), "moderation.unpublish", item.contentType(),
				item.contentId(), item.title(), auditReason(reason, text)));
		this.events.publishEvent(new ContentUnpublished(item.contentType(), item.contentId(), reason, text));
		this.mails.toAuthor(item, "unpublished", reason, text);
		closeReports(item, staffId, true);
	}

	/**
	 * Closes the open reports of an item without acting on the content.
	 * @throws ModerationException if the item is unknown, the staff member's own, or has
	 * no open report
	 */
	@Transactional
	void dismissReports(long itemId, long staffId) {
		QueueItem item = find(itemId).orElseThrow(ModerationException::notFound);
		if (item.authorId() == staffId) {
			throw ModerationException.ownContent();
		}
		int closed = closeReports(item, staffId, false);
		if (closed == 0) {
			throw ModerationException.conflict("moderation.reports.nothing-open");
		}
		this.audit.record(new AuditEntry(staffId, nameOf(staffId), "moderation.dismiss-reports", item.contentType(),
				item.contentId(), item.title(),
				this.messages.getMessage("moderation.audit.reports-closed", new Object[] { closed }, Locale.FRENCH)));
	}

	/**
	 * Stores a visitor report on known content.
	 * @throws ModerationException if no content of that type and id is in the queue
	 */
	@Transactional
	void report(String contentType, String contentId, String reason, String message, String email, Locale locale) {
		QueueItem item = find(contentType, contentId).orElseThrow(ModerationException::notFound);
		this.jdbc.sql("""
				INSERT INTO moderation_report (item_id, reason, message, reporter_email, reporter_locale)
				VALUES (?, ?, ?, ?, ?)
				""").params(item.id(), reason, message, email, locale.getLanguage()).update();
	}

	private int closeReports(QueueItem item, long staffId, boolean actioned) {
		List<Reporter> reporters = this.jdbc.sql("""
				UPDATE moderation_report SET status = :status, handled_at = now(), handled_by = :staff,
				    updated_at = now(), version = version + 1
				WHERE item_id = :item AND status = 'OPEN'
				RETURNING lower(reporter_email), reporter_locale
				""")
			.param("status", actioned ? "ACTIONED" : "DISMISSED")
			.param("staff", staffId)
			.param("item", item.id())
			.query((rs, row) -> new Reporter(rs.getString(1), rs.getString(2)))
			.list();
		reporters.stream()
			.filter((reporter) -> reporter.email() != null)
			.distinct()
			.forEach((reporter) -> this.mails.toReporter(reporter.email(), reporter.locale(), item, actioned));
		return reporters.size();
	}

	private record Reporter(String email, String locale) {

	}

	private void checkReason(String reason, String comment) {
		if (reason == null || !this.properties.reasons().contains(reason)) {
			throw new ModerationException("moderation.decision.reason.required", HttpStatus.BAD_REQUEST);
		}
		if (ModerationProperties.OTHER.equals(reason) && comment == null) {
			throw new ModerationException("moderation.decision.comment.required", HttpStatus.BAD_REQUEST);
		}
	}

	private String auditReason(String code, String comment) {
		String label = (code != null) ? this.messages.getMessage("moderation.reason." + code, null, code, Locale.FRENCH)
				: null;
		if (label == null) {
			return comment;
		}
		return (comment != null) ? label + " — " + comment : label;
	}

	private String nameOf(long accountId) {
		return this.accounts.find(accountId).map(AccountSummary::displayName).orElse(null);
	}

	static String clean(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		return (stripped.length() > COMMENT_MAX) ? stripped.substring(0, COMMENT_MAX) : stripped;
	}

	private static QueueItem item(ResultSet rs, int row) throws SQLException {
		Timestamp decidedAt = rs.getTimestamp("decided_at");
		return new QueueItem(rs.getLong("id"), rs.getString("content_type"), rs.getString("content_id"),
				rs.getString("title"), rs.getLong("author_id"), rs.getString("public_url"), rs.getString("excerpt"),
				rs.getString("submitted_version"), rs.getString("approved_version"),
				ModerationStatus.valueOf(rs.getString("status")), rs.getBoolean("needs_review"),
				rs.getTimestamp("submitted_at").toInstant(), (decidedAt != null) ? decidedAt.toInstant() : null,
				rs.getString("decision_reason"), rs.getString("decision_comment"), rs.getLong("version"));
	}

}
