package fr.cnnumerique.cafeia.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL 17 from the zonky binaries when no {@code spring.datasource.url} is
 * set, so a fresh clone runs with nothing but a JDK. The cluster lives in
 * {@code ./data/postgres} and survives restarts; connections go through Hikari because
 * the unpooled data source of the library is far slower under load.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnEmbeddedDatabase
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		Path directory = Path.of(properties.directory()).toAbsolutePath().normalize();
		Files.createDirectories(directory);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setPort(properties.port())
			// Stopped by this bean's close, after the beans that use it: the library's
			// own shutdown hook would stop it under the closing application, which then
			// waits for a connection.
			.setRegisterShutdownHook(false)
			.start();
		log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), directory);
		return postgres;
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("cafeia-embedded");
		return dataSource;
	}

}
