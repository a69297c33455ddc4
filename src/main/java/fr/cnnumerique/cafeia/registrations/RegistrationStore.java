package fr.cnnumerique.cafeia.registrations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.cnnumerique.cafeia.events.EventStatus;
import fr.cnnumerique.cafeia.events.EventSummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of the registrations. Every method that takes or frees places expects the caller to
 * hold the café's lock ({@link #lock}) in the same transaction.
 */
@Repository
class RegistrationStore {

	private static final String COLUMNS = "id, event_id, token, first_name, email, places, needs, account_id, locale, "
			+ "status, attended, created_at";

	private final JdbcClient jdbc;

	RegistrationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the café's registration row until the end of the transaction, creating it on
	 * first use, so decisions on places for one café are taken one at a time; refreshes
	 * the copy of the café's times.
	 * @return the café's settings
	 */
	EventSettings lock(EventSummary event) {
		long eventId = event.id();
		this.jdbc.sql("""
				INSERT INTO registration_event (event_id, starts_at, ends_at, cancelled) VALUES (?, ?, ?, ?)
				ON CONFLICT (event_id) DO UPDATE SET starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at,
				    cancelled = EXCLUDED.cancelled
				""")
			.params(eventId, Timestamp.from(event.startsAt().toInstant()), Timestamp.from(event.endsAt().toInstant()),
					event.status() == EventStatus.CANCELLED)
			.update();
		return this.jdbc.sql("SELECT waiting_list, closed_at FROM registration_event WHERE event_id = ? FOR UPDATE")
			.param(eventId)
			.query((rs, row) -> new EventSettings(rs.getBoolean("waiting_list"), instant(rs, "closed_at")))
			.single();
	}

	record EventSettings(boolean waitingList, Instant closedAt) {
	}

	/**
	 * A café's settings and places taken in one statement, for the sign-up section.
	 */
	SettingsAndPlaces settingsAndPlaces(long eventId) {
		return this.jdbc
			.sql("""
					SELECT coalesce((SELECT waiting_list FROM registration_event WHERE event_id = :id), true) AS waiting_list,
					       (SELECT closed_at FROM registration_event WHERE event_id = :id) AS closed_at,
					       (SELECT coalesce(sum(places), 0) FROM registration WHERE event_id = :id AND status = 'CONFIRMED')
					           AS taken
					""")
			.param("id", eventId)
			.query((rs, row) -> new SettingsAndPlaces(
					new EventSettings(rs.getBoolean("waiting_list"), instant(rs, "closed_at")), rs.getInt("taken")))
			.single();
	}

	record SettingsAndPlaces(EventSettings settings, int taken) {
	}

	int placesTaken(long eventId) {
		return this.jdbc
			.sql("SELECT coalesce(sum(places), 0) FROM registration WHERE event_id = ? AND status = 'CONFIRMED'")
			.param(eventId)
			.query(Integer.class)
			.single();
	}

	Map<Long, Integer> placesTaken(Collection<Long> eventIds) {
		Map<Long, Integer> taken = new HashMap<>();
		if (eventIds.isEmpty()) {
			return taken;
		}
		this.jdbc
			.sql("SELECT event_id, sum(places) AS taken FROM registration WHERE event_id IN (:ids) "
					+ "AND status = 'CONFIRMED' GROUP BY event_id")
			.param("ids", eventIds)
			.query((rs, row) -> taken.put(rs.getLong("event_id"), rs.getInt("taken")))
			.list();
		return taken;
	}

	Optional<Registration> activeByEmail(long eventId, String email) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM registration WHERE event_id = ? AND email = CAST(? AS citext) "
					+ "AND status IN ('CONFIRMED', 'WAITING')")
			.params(eventId, email)
			.query(RegistrationStore::registration)
			.optional();
	}

	Optional<Registration> byToken(String token) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM registration WHERE token = ?")
			.param(token)
			.query(RegistrationStore::registration)
			.optional();
	}

	Registration insert(long eventId, Applicant applicant, String token, RegistrationStatus status, Instant now) {
		long id = this.jdbc.sql("""
				INSERT INTO registration (event_id, token, first_name, email, places, needs, account_id, locale, status,
				    created_at, updated_at)
				VALUES (:event, :token, :name, :email, :places, :needs, :account, :locale, :status, :now, :now)
				RETURNING id
				""")
			.param("event", eventId)
			.param("token", token)
			.param("name", applicant.firstName())
			.param("email", applicant.email())
			.param("places", applicant.places())
			.param("needs", applicant.needs())
			.param("account", applicant.accountId())
			.param("locale", applicant.locale().toLanguageTag())
			.param("status", status.name())
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
		return find(id).orElseThrow();
	}

	Optional<Registration> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM registration WHERE id = ?")
			.param(id)
			.query(RegistrationStore::registration)
			.optional();
	}

	/** Waiting registrations of a café, first registered first. */
	List<Registration> waiting(long eventId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM registration WHERE event_id = ? AND status = 'WAITING' "
					+ "ORDER BY created_at, id")
			.param(eventId)
			.query(RegistrationStore::registration)
			.list();
	}

	void setStatus(long id, RegistrationStatus status, Instant now) {
		this.jdbc.sql("UPDATE registration SET status = :status, updated_at = :now, "
				+ "cancelled_at = CASE WHEN :status = 'CANCELLED' THEN CAST(:now AS timestamptz) END WHERE id = :id")
			.param("status", status.name())
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	void setPlaces(long id, int places, Instant now) {
		this.jdbc.sql("UPDATE registration SET places = ?, updated_at = ? WHERE id = ?")
			.params(places, Timestamp.from(now), id)
			.update();
	}

	/**
	 * Confirmed and waiting registrations of a café whose personal data is still there.
	 */
	List<Registration> active(long eventId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM registration WHERE event_id = ? AND status IN ('CONFIRMED', 'WAITING') "
					+ "AND erased_at IS NULL ORDER BY created_at, id")
			.param(eventId)
			.query(RegistrationStore::registration)
			.list();
	}

	/** Registrations made while logged in to an account, newest café first. */
	List<Registration> byAccount(long accountId) {
		return this.jdbc
			.sql("SELECT r." + COLUMNS.replace(", ", ", r.")
					+ " FROM registration r JOIN registration_event e ON e.event_id = r.event_id "
					+ "WHERE r.account_id = ? AND r.erased_at IS NULL ORDER BY e.starts_at DESC NULLS LAST, r.id DESC")
			.param(accountId)
			.query(RegistrationStore::registration)
			.list();
	}

	/**
	 * Cafés with confirmed registrations not yet reminded, starting between two times.
	 */
	List<Long> eventsToRemind(Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT DISTINCT e.event_id FROM registration_event e JOIN registration r ON r.event_id = e.event_id
				WHERE e.starts_at > :from AND e.starts_at <= :to AND NOT e.cancelled
				  AND r.status = 'CONFIRMED' AND r.reminded_at IS NULL AND r.erased_at IS NULL
				ORDER BY e.event_id
				""").param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).query(Long.class).list();
	}

	/**
	 * Confirmed registrations of a café not yet reminded and made before a time, marked
	 * reminded in the same statement so two runs cannot both send them.
	 */
	List<Registration> takeRemindersDue(long eventId, Instant registeredBefore, Instant now) {
		return this.jdbc
			.sql("UPDATE registration SET reminded_at = :now WHERE event_id = :event "
					+ "AND status = 'CONFIRMED' AND reminded_at IS NULL AND erased_at IS NULL AND created_at < :before "
					+ "RETURNING " + COLUMNS)
			.param("now", Timestamp.from(now))
			.param("event", eventId)
			.param("before", Timestamp.from(registeredBefore))
			.query(RegistrationStore::registration)
			.list();
	}

	/**
	 * Erases first names, e-mail addresses, needs, manage tokens and account links of
	 * registrations past their retention; places, status and attendance stay for counts.
	 * @param confirmedBefore cafés ended before this time lose their confirmed
	 * registrations
	 * @param now cafés ended before now lose their waiting registrations
	 * @param cancelledBefore registrations cancelled before this time are erased
	 * @return how many registrations were erased
	 */
	int eraseDue(Instant confirmedBefore, Instant now, Instant cancelledBefore) {
		return this.jdbc.sql("""
				UPDATE registration r SET first_name = NULL, email = NULL, needs = NULL, token = NULL,
				    account_id = NULL, erased_at = :now, updated_at = :now
				FROM registration_event e
				WHERE e.event_id = r.event_id AND r.erased_at IS NULL AND (
				    (r.status = 'CONFIRMED' AND e.ends_at < :confirmedBefore)
				    OR (r.status = 'WAITING' AND e.ends_at < :now)
				    OR (r.status = 'CANCELLED' AND (r.cancelled_at < :cancelledBefore OR e.ends_at < :now)))
				""")
			.param("now", Timestamp.from(now))
			.param("confirmedBefore", Timestamp.from(confirmedBefore))
			.param("cancelledBefore", Timestamp.from(cancelledBefore))
			.update();
	}

	boolean hasRegistrations(long eventId) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM registration WHERE event_id = ?)")
			.param(eventId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Records that a notice is being sent to a café's registrants.
	 * @return {@code true} the first time for this café and notice, {@code false} after
	 */
	boolean claimNotice(long eventId, String notice) {
		return this.jdbc.sql("INSERT INTO registration_notice (event_id, notice) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(eventId, notice)
			.update() == 1;
	}

	void detachAccount(long accountId) {
		this.jdbc.sql("UPDATE registration SET account_id = NULL WHERE account_id = ?").param(accountId).update();
	}

	void markCancelled(long eventId) {
		this.jdbc.sql("UPDATE registration_event SET cancelled = true WHERE event_id = ?").param(eventId).update();
	}

	private static Registration registration(ResultSet rs, int row) throws SQLException {
		long account = rs.getLong("account_id");
		Long accountId = rs.wasNull() ? null : account;
		boolean attended = rs.getBoolean("attended");
		Boolean attendedOrNull = rs.wasNull() ? null : attended;
		return new Registration(rs.getLong("id"), rs.getLong("event_id"), rs.getString("token"),
				rs.getString("first_name"), rs.getString("email"), rs.getInt("places"), rs.getString("needs"),
				accountId, Locale.forLanguageTag(rs.getString("locale")),
				RegistrationStatus.valueOf(rs.getString("status")), attendedOrNull,
				rs.getTimestamp("created_at").toInstant());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}
