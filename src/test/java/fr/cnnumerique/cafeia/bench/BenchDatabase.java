package fr.cnnumerique.cafeia.bench;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Serves the generated embedded database for the benchmark until the process is stopped,
 * so that the portal runs on it as on an external PostgreSQL (no demo data, like
 * production). Arguments: the data directory and the port.
 */
public final class BenchDatabase {

	private BenchDatabase() {
	}

	public static void main(String[] args) throws Exception {
		Path directory = Path.of((args.length > 0) ? args[0] : "data/bench/postgres").toAbsolutePath();
		int port = (args.length > 1) ? Integer.parseInt(args[1]) : 54329;
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setPort(port)
			.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				postgres.close();
			}
			catch (Exception ex) {
				// stopping anyway
			}
		}));
		System.out.println("bench database ready " + postgres.getJdbcUrl("postgres", "postgres"));
		Thread.currentThread().join();
	}

}
