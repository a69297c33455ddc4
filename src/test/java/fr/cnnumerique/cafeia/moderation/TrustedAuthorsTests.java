package fr.cnnumerique.cafeia.moderation;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TrustedAuthorsTests {

	@Autowired
	TrustedAuthors trusted;

	@Autowired
	JdbcClient jdbc;

	@Test
	void trustingAnAuthorIsRememberedAndAuditedOnce() {
		long author = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
		assertThat(this.trusted.isTrusted(author)).isFalse();
		assertThat(this.trusted.setTrusted(author, "Ada Autrice", true, 1L, "Mina Modératrice")).isTrue();
		assertThat(this.trusted.setTrusted(author, "Ada Autrice", true, 1L, "Mina Modératrice")).isFalse();
		assertThat(this.trusted.isTrusted(author)).isTrue();
		assertThat(this.trusted.setTrusted(author, "Ada Autrice", false, 1L, "Mina Modératrice")).isTrue();
		assertThat(this.trusted.isTrusted(author)).isFalse();
		assertThat(this.jdbc
			.sql("SELECT action FROM audit_log WHERE target_type = 'account' AND target_id = ? ORDER BY id")
			.param(Long.toString(author))
			.query(String.class)
			.list()).containsExactly("account.trust", "account.untrust");
	}

}
