package fr.cnnumerique.cafeia.registrations.facilitator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of the facilitators' view. It reads and writes the registrations module's tables
 * directly: changing a café's settings upserts its {@code registration_event} row, which
 * waits for any registration holding that row's lock, so a decision on places never sees
 * half a change.
 */
@Repository
class RegistrantStore {

	private final JdbcClient jdbc;

	RegistrantStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What the facilitators decided for a café; defaults (waiting list, open) for a café
	 * without registrations yet.
	 */
	Settings settings(long eventId) {
		return this.jdbc.sql("SELECT waiting_list, closed_at FROM registration_event WHERE event_id = ?")
			.param(eventId)
			.query((rs, row) -> new Settings(rs.getBoolean("waiting_list"), instant(rs, "closed_at")))
			.optional()
			.orElse(new Settings(true, null));
	}

	record Settings(boolean waitingList, Instant closedAt) {
	}

	RegistrantCounts counts(long eventId) {
		return this.jdbc.sql("""
				SELECT count(*) FILTER (WHERE status = 'CONFIRMED') AS confirmed,
				    coalesce(sum(places) FILTER (WHERE status = 'CONFIRMED'), 0) AS confirmed_places,
				    count(*) FILTER (WHERE status = 'WAITING') AS waiting,
				    coalesce(sum(places) FILTER (WHERE status = 'WAITING'), 0) AS waiting_places,
				    count(*) FILTER (WHERE status = 'CANCELLED') AS cancelled,
				    count(*) FILTER (WHERE status = 'CONFIRMED' AND attended) AS present,
				    coalesce(sum(places) FILTER (WHERE status = 'CONFIRMED' AND attended), 0) AS present_places,
				    count(*) FILTER (WHERE status IN ('CONFIRMED', 'WAITING') AND erased_at IS NOT NULL) AS erased
				FROM registration WHERE event_id = ?
				""")
			.param(eventId)
			.query((rs, row) -> new RegistrantCounts(rs.getInt("confirmed"), rs.getInt("confirmed_places"),
					rs.getInt("waiting"), rs.getInt("waiting_places"), rs.getInt("cancelled"), rs.getInt("present"),
					rs.getInt("present_places"), rs.getInt("erased")))
			.single();
	}

	/**
	 * Confirmed and waiting registrations not erased, first registered first.
	 */
	List<Registrant> registrants(long eventId) {
		return this.jdbc.sql("""
				SELECT id, status, first_name, email, places, needs, attended, created_at FROM registration
				WHERE event_id = ? AND status IN ('CONFIRMED', 'WAITING') AND erased_at IS NULL
				ORDER BY created_at, id
				""").param(eventId).query(RegistrantStore::registrant).list();
	}

	/**
	 * Who a message goes to: confirmed registrations, and waiting ones if asked, with
	 * their personal data.
	 */
	List<Recipient> recipients(long eventId, boolean withWaiting) {
		return this.jdbc.sql("""
				SELECT first_name, email, token, locale FROM registration
				WHERE event_id = ? AND erased_at IS NULL
				    AND (status = 'CONFIRMED' OR (status = 'WAITING' AND ?))
				ORDER BY created_at, id
				""")
			.params(eventId, withWaiting)
			.query((rs, row) -> new Recipient(rs.getString("first_name"), rs.getString("email"), rs.getString("token"),
					Locale.forLanguageTag(rs.getString("locale"))))
			.list();
	}

	record Recipient(String firstName, String email, String token, Locale locale) {
	}

	/**
	 * Closes registrations; closing twice keeps the first time.
	 */
	void close(long eventId, Instant now) {
		this.jdbc.sql("""
				INSERT INTO registration_event (event_id, closed_at) VALUES (?, ?)
				ON CONFLICT (event_id) DO UPDATE
				    SET closed_at = coalesce(registration_event.closed_at, EXCLUDED.closed_at)
				""").params(eventId, Timestamp.from(now)).update();
	}

	void reopen(long eventId) {
		this.jdbc.sql("""
				INSERT INTO registration_event (event_id, closed_at) VALUES (?, NULL)
				ON CONFLICT (event_id) DO UPDATE SET closed_at = NULL
				""").param(eventId).update();
	}

	void waitingList(long eventId, boolean active) {
		this.jdbc.sql("""
				INSERT INTO registration_event (event_id, waiting_list) VALUES (?, ?)
				ON CONFLICT (event_id) DO UPDATE SET waiting_list = EXCLUDED.waiting_list
				""").params(eventId, active).update();
	}

	/**
	 * Marks the confirmed registrations listed present and the other confirmed ones
	 * absent. Ids of other cafés' registrations are ignored.
	 */
	void attendance(long eventId, Collection<Long> present, Instant now) {
		String attended = present.isEmpty() ? "false" : "(id IN (:present))";
		var statement = this.jdbc
			.sql("UPDATE registration SET attended = " + attended + ", updated_at = :now "
					+ "WHERE event_id = :event AND status = 'CONFIRMED' AND erased_at IS NULL")
			.param("now", Timestamp.from(now))
			.param("event", eventId);
		if (!present.isEmpty()) {
			statement = statement.param("present", present);
		}
		statement.update();
	}

	/**
	 * Serialises the messages of one café, on any node, until the transaction ends, so
	 * that two facilitators sending at once cannot both pass the daily limit. An advisory
	 * lock rather than the café's registration row: sending renders one mail per
	 * registrant, and registrations should not wait for it.
	 */
	void lockMessages(long eventId) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('registration_message'), hashtext(CAST(? AS text)))")
			.param(eventId)
			.query()
			.singleRow();
	}

	int messagesSince(long eventId, Instant since) {
		return this.jdbc.sql("SELECT count(*) FROM registration_message WHERE event_id = ? AND sent_at > ?")
			.params(eventId, Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	void recordMessage(long eventId, long sentBy, int recipients, Instant now) {
		this.jdbc.sql("INSERT INTO registration_event (event_id) VALUES (?) ON CONFLICT (event_id) DO NOTHING")
			.param(eventId)
			.update();
		this.jdbc.sql("INSERT INTO registration_message (event_id, sent_by, sent_at, recipients) VALUES (?, ?, ?, ?)")
			.params(eventId, sentBy, Timestamp.from(now), recipients)
			.update();
	}

	private static Registrant registrant(ResultSet rs, int row) throws SQLException {
		boolean attended = rs.getBoolean("attended");
		Boolean attendedOrNull = rs.wasNull() ? null : attended;
		return new Registrant(rs.getLong("id"), rs.getString("status"), rs.getString("first_name"),
				rs.getString("email"), rs.getInt("places"), rs.getString("needs"), attendedOrNull,
				rs.getTimestamp("created_at").toInstant());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}
