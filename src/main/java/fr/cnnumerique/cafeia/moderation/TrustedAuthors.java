package fr.cnnumerique.cafeia.moderation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authors whose submissions are published at once (and still listed for review after the
 * fact). Marking or unmarking an author is a staff action written to the
 * {@link AuditLog}.
 */
@Service
public class TrustedAuthors {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	TrustedAuthors(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * Whether an account's submissions skip the wait for a moderator.
	 * @param accountId the author
	 * @return {@code true} if staff marked the author as trusted
	 */
	@Transactional(readOnly = true)
	public boolean isTrusted(long accountId) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM trusted_author WHERE account_id = ?)")
			.param(accountId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Marks or unmarks an author as trusted, and audits the change; does nothing (and
	 * audits nothing) when the author is already in the asked state.
	 * @param accountId the author
	 * @param authorName the author's display name, for the audit log
	 * @param trusted the new state
	 * @param actorId the staff member's account id
	 * @param actorName the staff member's display name
	 * @return {@code true} if the state changed
	 */
	@Transactional
	public boolean setTrusted(long accountId, String authorName, boolean trusted, long actorId, String actorName) {
		int changed = trusted ? this.jdbc.sql("""
				INSERT INTO trusted_author (account_id, granted_by) VALUES (?, ?) ON CONFLICT DO NOTHING
				""").params(accountId, actorId).update()
				: this.jdbc.sql("DELETE FROM trusted_author WHERE account_id = ?").param(accountId).update();
		if (changed > 0) {
			this.audit.record(new AuditEntry(actorId, actorName, trusted ? "account.trust" : "account.untrust",
					"account", Long.toString(accountId), authorName, null));
		}
		return changed > 0;
	}

}
