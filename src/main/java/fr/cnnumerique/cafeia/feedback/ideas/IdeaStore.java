package fr.cnnumerique.cafeia.feedback.ideas;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The idea box's table. Every change checks the version the member of staff saw, so two
 * people handling the same contribution cannot overwrite each other unknowingly.
 */
@Repository
class IdeaStore {

	private static final String COLUMNS = "id, kind, subject, message, email, locale, message_flags, status, "
			+ "retained, created_at, closed_at, answered_at, answered_by, email_erased_at, version";

	private final JdbcClient jdbc;

	IdeaStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(IdeaKind kind, String subject, String message, String email, String locale, List<String> flags) {
		return this.jdbc.sql("""
				INSERT INTO feedback_idea (kind, subject, message, email, locale, message_flags)
				VALUES (?, ?, ?, ?, ?, string_to_array(?, ','))
				RETURNING id
				""")
			.params(kind.name(), subject, message, email, locale, String.join(",", flags))
			.query(Long.class)
			.single();
	}

	Optional<Idea> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM feedback_idea WHERE id = ?")
			.param(id)
			.query(IdeaStore::idea)
			.optional();
	}

	/**
	 * A page of contributions, newest first.
	 * @param status only this status, or all when {@code null}
	 * @param kind only this kind, or all when {@code null}
	 */
	Page<Idea> page(IdeaStatus status, IdeaKind kind, PageRequest request) {
		String where = " WHERE (CAST(:status AS text) IS NULL OR status = :status)"
				+ " AND (CAST(:kind AS text) IS NULL OR kind = :kind)";
		String statusName = (status != null) ? status.name() : null;
		String kindName = (kind != null) ? kind.name() : null;
		long total = this.jdbc.sql("SELECT count(*) FROM feedback_idea" + where)
			.param("status", statusName)
			.param("kind", kindName)
			.query(Long.class)
			.single();
		List<Idea> rows = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM feedback_idea" + where
					+ " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.param("status", statusName)
			.param("kind", kindName)
			.param("limit", request.getPageSize())
			.param("offset", request.getOffset())
			.query(IdeaStore::idea)
			.list();
		return new PageImpl<>(rows, request, total);
	}

	/**
	 * Sets the status; closing starts the retention period of the address, reopening
	 * stops it.
	 * @return {@code false} if the version changed meanwhile
	 */
	boolean setStatus(long id, long version, IdeaStatus status, Instant now) {
		return this.jdbc.sql("""
				UPDATE feedback_idea SET status = :status,
				    closed_at = CASE WHEN :closed THEN coalesce(closed_at, :now) END,
				    updated_at = :now, version = version + 1
				WHERE id = :id AND version = :version
				""")
			.param("status", status.name())
			.param("closed", status.closed())
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	boolean setRetained(long id, long version, boolean retained, Instant now) {
		return this.jdbc
			.sql("UPDATE feedback_idea SET retained = ?, updated_at = ?, version = version + 1 "
					+ "WHERE id = ? AND version = ?")
			.params(retained, Timestamp.from(now), id, version)
			.update() == 1;
	}

	boolean markAnswered(long id, long version, String by, Instant now) {
		return this.jdbc.sql("""
				UPDATE feedback_idea SET answered_at = ?, answered_by = ?, updated_at = ?, version = version + 1
				WHERE id = ? AND version = ? AND email IS NOT NULL
				""").params(Timestamp.from(now), by, Timestamp.from(now), id, version).update() == 1;
	}

	/**
	 * Erases the addresses of contributions closed before a time.
	 * @return how many addresses were erased
	 */
	int eraseEmailsClosedBefore(Instant limit, Instant now) {
		return this.jdbc.sql("""
				UPDATE feedback_idea SET email = NULL, email_erased_at = ?, updated_at = ?, version = version + 1
				WHERE email IS NOT NULL AND closed_at < ?
				""").params(Timestamp.from(now), Timestamp.from(now), Timestamp.from(limit)).update();
	}

	private static Idea idea(ResultSet rs, int row) throws SQLException {
		Array flags = rs.getArray("message_flags");
		return new Idea(rs.getLong("id"), IdeaKind.valueOf(rs.getString("kind")), rs.getString("subject"),
				rs.getString("message"), rs.getString("email"), rs.getString("locale"),
				Arrays.asList((String[]) flags.getArray()), IdeaStatus.valueOf(rs.getString("status")),
				rs.getBoolean("retained"), instant(rs, "created_at"), instant(rs, "closed_at"),
				instant(rs, "answered_at"), rs.getString("answered_by"), instant(rs, "email_erased_at"),
				rs.getLong("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}
