package fr.cnnumerique.cafeia.moderation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only journal of staff actions and moderation decisions. An entry is written
 * in the caller's transaction, so it exists if and only if the action took effect; the
 * database refuses to change or delete it afterwards.
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records an action now.
	 * @param entry what happened
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditEntry entry) {
		this.jdbc.sql("""
				INSERT INTO audit_log (actor_id, actor_name, action, target_type, target_id, target_label, reason)
				VALUES (:actorId, :actorName, :action, :targetType, :targetId, :targetLabel, :reason)
				""")
			.param("actorId", entry.actorId())
			.param("actorName", entry.actorName())
			.param("action", entry.action())
			.param("targetType", entry.targetType())
			.param("targetId", entry.targetId())
			.param("targetLabel", entry.targetLabel())
			.param("reason", entry.reason())
			.update();
	}

}
