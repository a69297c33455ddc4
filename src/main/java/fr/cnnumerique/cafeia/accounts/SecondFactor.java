package fr.cnnumerique.cafeia.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The TOTP second factor of staff accounts: enrolment (a secret saved at once, confirmed
 * by a first code), verification of a code or of a single-use recovery code, and reset.
 * Recovery codes are shown once and stored as SHA-256 hashes, like the links sent by
 * mail.
 */
@Service
class SecondFactor {

	static final int RECOVERY_CODES = 10;

	private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

	private final JdbcClient jdbc;

	private final Clock clock;

	SecondFactor(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.clock = Clock.systemUTC();
	}

	enum Outcome {

		/** A fresh authenticator code. */
		CODE,

		/** An unused recovery code, now used. */
		RECOVERY_CODE,

		/** Neither. */
		WRONG

	}

	@Transactional(readOnly = true)
	boolean isEnrolled(long accountId) {
		return this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM account_second_factor WHERE account_id = ? AND enrolled_at IS NOT NULL)")
			.param(accountId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The secret to show while enrolling: the same one until it is confirmed, so that
	 * reloading the page does not invalidate a QR code already scanned.
	 * @return the secret, or empty if the account is already enrolled
	 */
	@Transactional
	Optional<String> startEnrolment(long accountId) {
		this.jdbc.sql("INSERT INTO account_second_factor (account_id, secret) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(accountId, Totp.newSecret())
			.update();
		return this.jdbc.sql("SELECT secret FROM account_second_factor WHERE account_id = ? AND enrolled_at IS NULL")
			.param(accountId)
			.query(String.class)
			.optional();
	}

	/**
	 * Confirms the enrolment with a first code and issues new recovery codes.
	 * @return the recovery codes, in clear for the only time, or empty if the code is
	 * wrong or there is no enrolment in progress
	 */
	@Transactional
	Optional<List<String>> confirmEnrolment(long accountId, String code) {
		Optional<String> secret = this.jdbc
			.sql("SELECT secret FROM account_second_factor WHERE account_id = ? AND enrolled_at IS NULL FOR UPDATE")
			.param(accountId)
			.query(String.class)
			.optional();
		if (secret.isEmpty()) {
			return Optional.empty();
		}
		OptionalLong step = Totp.matchingStep(secret.get(), digits(code), null, this.clock);
		if (step.isEmpty()) {
			return Optional.empty();
		}
		this.jdbc.sql("""
				UPDATE account_second_factor
				SET enrolled_at = now(), last_used_step = ?, updated_at = now(), version = version + 1
				WHERE account_id = ?""").params(step.getAsLong(), accountId).update();
		List<String> codes = List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
		this.jdbc.sql("DELETE FROM account_recovery_code WHERE account_id = ?").param(accountId).update();
		for (String recovery : codes) {
			this.jdbc.sql("INSERT INTO account_recovery_code (account_id, code_hash) VALUES (?, ?)")
				.params(accountId, Tokens.hash(canonical(recovery)))
				.update();
		}
		return Optional.of(codes);
	}

	/**
	 * Checks a code typed at login: an authenticator code newer than the last one
	 * accepted, or an unused recovery code, which is then used up. Concurrent requests
	 * with the same code cannot both succeed.
	 */
	@Transactional
	Outcome verify(long accountId, String code) {
		if (code == null || code.length() > 64) {
			return Outcome.WRONG;
		}
		var factor = this.jdbc.sql("""
				SELECT secret, last_used_step FROM account_second_factor
				WHERE account_id = ? AND enrolled_at IS NOT NULL""")
			.param(accountId)
			.query((rs, row) -> new Enrolment(rs.getString(1), rs.getObject(2, Long.class)))
			.optional();
		if (factor.isEmpty()) {
			return Outcome.WRONG;
		}
		OptionalLong step = Totp.matchingStep(factor.get().secret(), digits(code), factor.get().lastUsedStep(),
				this.clock);
		if (step.isPresent()) {
			int updated = this.jdbc.sql("""
					UPDATE account_second_factor SET last_used_step = ?
					WHERE account_id = ? AND (last_used_step IS NULL OR last_used_step < ?)""")
				.params(step.getAsLong(), accountId, step.getAsLong())
				.update();
			return (updated == 1) ? Outcome.CODE : Outcome.WRONG;
		}
		int used = this.jdbc.sql("""
				UPDATE account_recovery_code SET used_at = now()
				WHERE account_id = ? AND code_hash = ? AND used_at IS NULL""")
			.params(accountId, Tokens.hash(canonical(code)))
			.update();
		return (used == 1) ? Outcome.RECOVERY_CODE : Outcome.WRONG;
	}

	@Transactional(readOnly = true)
	int remainingRecoveryCodes(long accountId) {
		return this.jdbc.sql("SELECT count(*) FROM account_recovery_code WHERE account_id = ? AND used_at IS NULL")
			.param(accountId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Forgets the secret and the recovery codes, so that the next login asks for a new
	 * enrolment.
	 * @return whether there was anything to forget
	 */
	@Transactional
	boolean reset(long accountId) {
		this.jdbc.sql("DELETE FROM account_recovery_code WHERE account_id = ?").param(accountId).update();
		return this.jdbc.sql("DELETE FROM account_second_factor WHERE account_id = ?").param(accountId).update() > 0;
	}

	private record Enrolment(String secret, Long lastUsedStep) {

	}

	private static String digits(String code) {
		return (code != null) ? SEPARATORS.matcher(code).replaceAll("") : null;
	}

	private static String canonical(String recoveryCode) {
		return SEPARATORS.matcher(recoveryCode).replaceAll("").toLowerCase(Locale.ROOT);
	}

}
