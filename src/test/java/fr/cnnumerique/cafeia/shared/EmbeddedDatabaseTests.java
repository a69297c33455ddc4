package fr.cnnumerique.cafeia.shared;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.cnnumerique.cafeia.CafeIaApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The run mode of the README: no datasource configured, the application starts its own
 * PostgreSQL and keeps the data across restarts.
 */
class EmbeddedDatabaseTests {

	@TempDir
	Path directory;

	@Test
	void startsItsOwnPostgresqlAndKeepsDataAcrossRestarts() {
		Path data = this.directory.resolve("postgres");
		try (ConfigurableApplicationContext first = start(data)) {
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("SHOW server_version", String.class)).startsWith("17.");
			assertThat(jdbc.queryForList("SELECT extname FROM pg_extension", String.class)).contains("unaccent",
					"pg_trgm", "cube", "earthdistance", "citext");
			jdbc.update("INSERT INTO mail_outbox (recipient, subject, body_text, body_html, template) "
					+ "VALUES ('persist@example.org', 'Persist', 'text', '<p>html</p>', 'test/persist')");
		}
		assertThat(Files.exists(data.resolve("PG_VERSION"))).isTrue();
		try (ConfigurableApplicationContext second = start(data)) {
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("SELECT count(*) FROM mail_outbox WHERE recipient = 'persist@example.org'",
					Integer.class))
				.isEqualTo(1);
		}
	}

	private static ConfigurableApplicationContext start(Path data) {
		return new SpringApplicationBuilder(CafeIaApplication.class).run("--cafeia.embedded-database.directory=" + data,
				"--server.port=0");
	}

}
