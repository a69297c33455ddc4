package fr.cnnumerique.cafeia.registrations.facilitator;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registrations written straight to the database, as the registration desk leaves them:
 * the café's registration row first, then the registration. The public sign-up form is
 * another branch's work.
 */
final class RegistrantsFixture {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	RegistrantsFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static String uniqueEmail(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	long register(long eventId, String status, String firstName, String email, int places, String needs) {
		return register(eventId, status, firstName, email, places, needs, Instant.now());
	}

	long register(long eventId, String status, String firstName, String email, int places, String needs, Instant at) {
		this.jdbc.sql("INSERT INTO registration_event (event_id) VALUES (?) ON CONFLICT (event_id) DO NOTHING")
			.param(eventId)
			.update();
		return this.jdbc.sql("""
				INSERT INTO registration (event_id, token, first_name, email, places, needs, status, cancelled_at,
				    created_at, updated_at)
				VALUES (:event, :token, :name, :email, :places, :needs, :status,
				    CASE WHEN :status = 'CANCELLED' THEN now() END, :at, :at)
				RETURNING id
				""")
			.param("event", eventId)
			.param("token", token())
			.param("name", firstName)
			.param("email", email)
			.param("places", places)
			.param("needs", needs)
			.param("status", status)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	/** Erases a registration as the retention job does. */
	void erase(long registrationId) {
		this.jdbc
			.sql("UPDATE registration SET first_name = NULL, email = NULL, needs = NULL, token = NULL, "
					+ "erased_at = now() WHERE id = ?")
			.param(registrationId)
			.update();
	}

	void coFacilitator(long eventId, long accountId) {
		this.jdbc.sql("UPDATE event SET co_facilitator_ids = array_append(co_facilitator_ids, ?) WHERE id = ?")
			.params(accountId, eventId)
			.update();
	}

	Boolean attended(long registrationId) {
		return this.jdbc.sql("SELECT attended FROM registration WHERE id = ?")
			.param(registrationId)
			.query((rs, row) -> {
				boolean attended = rs.getBoolean(1);
				return rs.wasNull() ? null : attended;
			})
			.list()
			.get(0);
	}

	private static String token() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
