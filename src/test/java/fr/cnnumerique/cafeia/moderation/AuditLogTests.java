package fr.cnnumerique.cafeia.moderation;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@IntegrationTest
class AuditLogTests {

	@Autowired
	AuditLog log;

	@Autowired
	JdbcClient jdbc;

	@Test
	void recordsWhoDidWhatToWhichTargetAndWhy() {
		String target = UUID.randomUUID().toString();
		this.log.record(new AuditEntry(7L, "Mina Modératrice", "account.suspend", "account", target, "Jean Dupont",
				"Messages injurieux"));
		var row = this.jdbc
			.sql("SELECT actor_name, action, target_label, reason, at FROM audit_log WHERE target_id = ?")
			.param(target)
			.query()
			.singleRow();
		assertThat(row).containsEntry("actor_name", "Mina Modératrice")
			.containsEntry("action", "account.suspend")
			.containsEntry("target_label", "Jean Dupont")
			.containsEntry("reason", "Messages injurieux");
		assertThat(row.get("at")).isNotNull();
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteAnEntry() {
		String target = UUID.randomUUID().toString();
		this.log.record(new AuditEntry(null, null, "theme.rename", "theme", target, "IA et travail", null));
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(
				() -> this.jdbc.sql("UPDATE audit_log SET reason = 'x' WHERE target_id = ?").param(target).update());
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("DELETE FROM audit_log WHERE target_id = ?").param(target).update());
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_log WHERE target_id = ?")
			.param(target)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anEntryNeedsAnActionAndATargetType() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AuditEntry(1L, "A", " ", "account", "1", "B", null));
		assertThatIllegalArgumentException().isThrownBy(() -> new AuditEntry(1L, "A", "x", null, "1", "B", null));
	}

}
