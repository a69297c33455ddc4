package fr.cnnumerique.cafeia.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts login attempts in PostgreSQL, so that the limits hold whichever node answers. An
 * e-mail address is blocked after too many failures since its last success, an IP address
 * after too many failures whatever the e-mail; unknown addresses are counted like known
 * ones so that the answer never tells whether an account exists. Second-factor codes are
 * counted apart from passwords (per account; the IP limit counts both), so that logging
 * in again with the password does not buy new guesses at the code.
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private static final int MAX_ROWS = 500;

	private final JdbcTemplate jdbc;

	private final AccountsProperties.LoginThrottle limits;

	LoginThrottle(JdbcTemplate jdbc, AccountsProperties properties) {
		this.jdbc = jdbc;
		this.limits = properties.loginThrottle();
	}

	enum Factor {

		PASSWORD, CODE

	}

	/**
	 * Serialises the attempts on one address until the current transaction ends.
	 */
	void lock(String email) {
		this.jdbc.query("SELECT pg_advisory_xact_lock(1818, hashtext(?))", (rs) -> {
		}, email);
	}

	boolean isBlocked(String email, String ip) {
		return isBlocked(email, ip, Factor.PASSWORD);
	}

	boolean isBlocked(String email, String ip, Factor factor) {
		Instant now = Instant.now();
		Timestamp since = Timestamp.from(now.minus(this.limits.window()).minus(this.limits.lockout()));
		List<Instant> emailFailures = this.jdbc.query("""
				SELECT at FROM login_attempt
				WHERE email = ?::citext AND factor = ? AND NOT success AND at > ?
				  AND at > coalesce((SELECT max(at) FROM login_attempt
				                     WHERE email = ?::citext AND factor = ? AND success), '-infinity')
				ORDER BY at DESC LIMIT ?""", (rs, row) -> rs.getTimestamp(1).toInstant(), email, factor.name(), since,
				email, factor.name(), MAX_ROWS);
		if (reachedLimit(emailFailures, this.limits.maxFailuresPerAccount(), now)) {
			return true;
		}
		List<Instant> ipFailures = this.jdbc.query(
				"SELECT at FROM login_attempt WHERE ip = ? AND NOT success AND at > ? ORDER BY at DESC LIMIT ?",
				(rs, row) -> rs.getTimestamp(1).toInstant(), ip, since, MAX_ROWS);
		return reachedLimit(ipFailures, this.limits.maxFailuresPerIp(), now);
	}

	/**
	 * Whether some run of {@code max} consecutive failures (newest first) fits in the
	 * window and its last failure is recent enough for the lockout to still run.
	 */
	private boolean reachedLimit(List<Instant> failures, int max, Instant now) {
		for (int newest = 0; newest + max - 1 < failures.size(); newest++) {
			Instant last = failures.get(newest);
			if (last.isBefore(now.minus(this.limits.lockout()))) {
				return false;
			}
			Instant first = failures.get(newest + max - 1);
			if (!first.isBefore(last.minus(this.limits.window()))) {
				return true;
			}
		}
		return false;
	}

	void record(String email, String ip, boolean success) {
		record(email, ip, success, Factor.PASSWORD);
	}

	void record(String email, String ip, boolean success, Factor factor) {
		this.jdbc.update("INSERT INTO login_attempt (email, ip, success, factor) VALUES (?::citext, ?, ?, ?)", email,
				ip, success, factor.name());
	}

	void forget(String email) {
		this.jdbc.update("DELETE FROM login_attempt WHERE email = ?::citext", email);
	}

	List<AccountSettings.LoginAttemptData> attemptsOf(String email) {
		return this.jdbc.query("SELECT at, ip, success FROM login_attempt WHERE email = ?::citext ORDER BY at",
				(rs, row) -> new AccountSettings.LoginAttemptData(rs.getTimestamp(1).toInstant(), rs.getString(2),
						rs.getBoolean(3)),
				email);
	}

	/**
	 * Deleting old rows is idempotent, so every node may run it without a lock.
	 */
	@Scheduled(cron = "${cafeia.accounts.login-throttle.purge-cron:0 7 * * * *}")
	void purge() {
		int deleted = this.jdbc.update("DELETE FROM login_attempt WHERE at < ?",
				Timestamp.from(Instant.now().minus(this.limits.retention())));
		this.jdbc.update("DELETE FROM account_token WHERE expires_at < now() - interval '7 days'");
		if (deleted > 0) {
			log.debug("Purged {} old login attempts", deleted);
		}
	}

}
