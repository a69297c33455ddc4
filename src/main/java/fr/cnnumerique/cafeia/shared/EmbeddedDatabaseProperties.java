package fr.cnnumerique.cafeia.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL used when no external database is configured.
 *
 * @param directory where the cluster keeps its files between runs
 * @param port TCP port on the loopback interface, {@code 0} for any free port
 */
@ConfigurationProperties("cafeia.embedded-database")
public record EmbeddedDatabaseProperties(@DefaultValue("./data/postgres") String directory,
		@DefaultValue("0") int port) {
}
