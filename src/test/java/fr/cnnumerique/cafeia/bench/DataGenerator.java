package fr.cnnumerique.cafeia.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

/**
 * Fills a database with a deterministic synthetic national dataset, for the load
 * benchmark ({@code docs/benchmark.md}). Run by {@code scripts/generate-data}.
 * <p>
 * Options: {@code --scale=1} (1 = 3,000 facilitators, 5,000 venues, 20,000 cafés, 60,000
 * registrations, 2,000 library items, 15,000 facilitators' reports with 100,000 items,
 * 40,000 participant answers), {@code --reports=} and {@code --items=} (the annual
 * report's benchmark size, e.g. 50,000 and 500,000, every report held in the year before
 * the reference day's: {@link FeedbackPart}), {@code --seed=2026}, {@code --today=}
 * (reference day, default today in Paris: the same seed and day give the same rows),
 * {@code --data-dir=data/bench/postgres} (embedded PostgreSQL, recreated empty). With
 * {@code SPRING_DATASOURCE_URL} (and {@code _USERNAME}, {@code _PASSWORD}) the external
 * database is migrated and filled instead; it must hold no café yet.
 * <p>
 * Rows go in with COPY, module by module ({@link #PARTS}).
 */
public final class DataGenerator {

	/** The parts, in dependency order. */
	static final List<DatasetPart> PARTS = List.of(new FacilitatorsPart(), new VenuesPart(), new CafesPart(),
			new RegistrationsPart(), new LibraryPart(), new FeedbackPart());

	static final String[] MIGRATIONS = { "classpath:db/migration",
			"classpath:fr/cnnumerique/cafeia/territory/migration" };

	private DataGenerator() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		double scale = Double.parseDouble(options.getOrDefault("scale", "1"));
		long seed = Long.parseLong(options.getOrDefault("seed", "2026"));
		Integer reports = options.containsKey("reports") ? Integer.valueOf(options.get("reports")) : null;
		Integer items = options.containsKey("items") ? Integer.valueOf(options.get("items")) : null;
		LocalDate today = options.containsKey("today") ? LocalDate.parse(options.get("today"))
				: LocalDate.now(Dataset.PARIS);
		long start = System.nanoTime();
		String url = System.getenv("SPRING_DATASOURCE_URL");
		if (url != null && !url.isBlank()) {
			String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
			String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
			migrate(url, user, password);
			try (Connection connection = DriverManager.getConnection(url, user, password)) {
				generate(connection, scale, seed, today, true, reports, items);
			}
		}
		else {
			Path directory = Path.of(options.getOrDefault("data-dir", "data/bench/postgres")).toAbsolutePath();
			delete(directory);
			Files.createDirectories(directory);
			try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.start()) {
				String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
				migrate(jdbcUrl, "postgres", "");
				try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
					generate(connection, scale, seed, today, true, reports, items);
				}
			}
			System.out.println("generated database in " + directory);
		}
		System.out.printf(Locale.ROOT, "generate total_s=%.1f%n", (System.nanoTime() - start) / 1e9);
	}

	static void migrate(String url, String user, String password) {
		long start = System.nanoTime();
		Flyway.configure().dataSource(url, user, password).locations(MIGRATIONS).load().migrate();
		System.out.printf(Locale.ROOT, "migrations s=%.1f%n", (System.nanoTime() - start) / 1e9);
	}

	/**
	 * Generates the dataset on a migrated database and analyses the tables.
	 * @param connection the connection, left open
	 * @param scale 1 for the default counts
	 * @param seed the seed of every random choice
	 * @param today the reference day
	 * @param print whether to print counts and time
	 * @return the dataset, with its counts and the ids it reserved
	 * @throws SQLException when the database refuses a row
	 */
	static Dataset generate(Connection connection, double scale, long seed, LocalDate today, boolean print)
			throws SQLException {
		return generate(connection, scale, seed, today, print, null, null);
	}

	/**
	 * Generates the dataset with the given number of facilitators' reports and items.
	 * @param reports the reports, {@code null} for the scaled default
	 * @param items the report items, {@code null} for the scaled default
	 * @see #generate(Connection, double, long, LocalDate, boolean)
	 */
	static Dataset generate(Connection connection, double scale, long seed, LocalDate today, boolean print,
			Integer reports, Integer items) throws SQLException {
		long start = System.nanoTime();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT count(*) FROM event")) {
			rs.next();
			if (print && rs.getLong(1) > 0) {
				throw new IllegalStateException("The database already holds cafés: use an empty database");
			}
		}
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		Dataset dataset = new Dataset(connection, scale, seed, today);
		dataset.feedbackSize(reports, items);
		try {
			dataset.loadCommunes();
			for (DatasetPart part : PARTS) {
				long partStart = System.nanoTime();
				part.fill(dataset);
				if (print) {
					System.out.printf(Locale.ROOT, "part %s s=%.1f%n", part.name(),
							(System.nanoTime() - partStart) / 1e9);
				}
			}
			connection.commit();
		}
		catch (SQLException | RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("VACUUM ANALYZE");
		}
		if (print) {
			Map<String, Long> counts = new LinkedHashMap<>(dataset.counts());
			counts.forEach((what, n) -> System.out.printf(Locale.ROOT, "count %s=%d%n", what.replace(' ', '_'), n));
			System.out.printf(Locale.ROOT, "generate scale=%s seed=%d today=%s data_s=%.1f%n", scale, seed, today,
					(System.nanoTime() - start) / 1e9);
		}
		return dataset;
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				throw new IllegalArgumentException("Unknown argument " + arg
						+ " (expected --scale=, --seed=, --today=, --data-dir=, --reports=, --items=)");
			}
			options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		return options;
	}

	private static void delete(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
