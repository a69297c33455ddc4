package fr.cnnumerique.cafeia.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.SpringApplication;

/**
 * One real PostgreSQL 17 per test JVM: a Testcontainers container when a Docker engine is
 * reachable, the embedded zonky binaries otherwise. Never H2, never a mock.
 */
public final class TestDatabase {

	private static TestDatabase instance;

	private final String jdbcUrl;

	private final String username;

	private final String password;

	private final String kind;

	private TestDatabase(String jdbcUrl, String username, String password, String kind) {
		this.jdbcUrl = jdbcUrl;
		this.username = username;
		this.password = password;
		this.kind = kind;
	}

	public static synchronized TestDatabase get() {
		if (instance == null) {
			instance = start();
		}
		return instance;
	}

	private static TestDatabase start() {
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17");
			container.start();
			return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
					"testcontainers");
		}
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(Files.createTempDirectory("cafeia-test-pg"))
				.setCleanDataDirectory(true)
				// Not the library's own JVM shutdown hook: it stopped the database
				// under the test contexts closing at the same time, whose Spring
				// Modulith event registry still reads it; they waited for a
				// connection until Surefire ended the JVM 30 s later.
				.setRegisterShutdownHook(false)
				.start();
			// Stopped once every test application context is closed (Boot closes them
			// first, then runs these handlers).
			SpringApplication.getShutdownHandlers().add(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is exiting; the temporary cluster goes with it
				}
			});
			return new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", "embedded");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL for tests", ex);
		}
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	public String jdbcUrl() {
		return this.jdbcUrl;
	}

	public String username() {
		return this.username;
	}

	public String password() {
		return this.password;
	}

	public String kind() {
		return this.kind;
	}

}
