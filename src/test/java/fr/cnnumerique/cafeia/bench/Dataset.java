package fr.cnnumerique.cafeia.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The shared state of one generation: the connection, the scale, a reference day (so that
 * a seed and a day always give the same rows), a seeded random source per part, the
 * communes weighted by population, and what each part generated for the next ones.
 */
final class Dataset {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final Connection connection;

	private final double scale;

	private final long seed;

	private final LocalDate today;

	private final Instant now;

	private final List<Commune> communes = new ArrayList<>();

	private long[] cumulativePopulation;

	private final Map<String, Long> counts = new LinkedHashMap<>();

	private final Map<String, long[]> ranges = new LinkedHashMap<>();

	/** Facilitator accounts, in the order they were generated. */
	final List<Long> facilitators = new ArrayList<>();

	/** Venues, published or not. */
	final List<Venue> venues = new ArrayList<>();

	/** Cafés, every status. */
	final List<Cafe> cafes = new ArrayList<>();

	/** Facilitators' reports and their items wanted instead of the scaled defaults. */
	private Integer reports;

	private Integer items;

	Dataset(Connection connection, double scale, long seed, LocalDate today) {
		this.connection = connection;
		this.scale = scale;
		this.seed = seed;
		this.today = today;
		this.now = today.atTime(LocalTime.NOON).atZone(PARIS).toInstant();
	}

	/**
	 * Asks for the annual report's benchmark size instead of the scaled defaults.
	 * @param reports facilitators' reports, {@code null} for the scaled default
	 * @param items their free texts, {@code null} for the scaled default
	 */
	void feedbackSize(Integer reports, Integer items) {
		this.reports = reports;
		this.items = items;
	}

	/** The reports wanted, {@code null} for the scaled default. */
	Integer reports() {
		return this.reports;
	}

	/** The report items wanted, {@code null} for the scaled default. */
	Integer items() {
		return this.items;
	}

	Connection connection() {
		return this.connection;
	}

	LocalDate today() {
		return this.today;
	}

	/** Noon in Paris on the reference day: the "now" of the generated history. */
	Instant now() {
		return this.now;
	}

	/** A default count at the chosen scale, at least one. */
	int scaled(int atScaleOne) {
		return (int) Math.max(1, Math.round(atScaleOne * this.scale));
	}

	/**
	 * A random source of its own for a part, so adding a part does not change the others.
	 */
	SplittableRandom random(String part) {
		return new SplittableRandom(this.seed * 31 + part.hashCode());
	}

	/**
	 * Reserves {@code n} consecutive ids of a table's identity column and returns the
	 * first; the rows are then copied with these ids.
	 */
	long reserveIds(String table, int n) throws SQLException {
		try (PreparedStatement statement = this.connection
			.prepareStatement("SELECT setval(s, nextval(s) + ? - 1) FROM pg_get_serial_sequence(?, 'id') AS s")) {
			statement.setInt(1, n);
			statement.setString(2, table);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				long first = rs.getLong(1) - n + 1;
				this.ranges.put(table, new long[] { first, first + n - 1 });
				return first;
			}
		}
	}

	/** Ids reserved per table by this generation, first and last. */
	Map<String, long[]> ranges() {
		return this.ranges;
	}

	void count(String what, long n) {
		this.counts.merge(what, n, Long::sum);
	}

	Map<String, Long> counts() {
		return this.counts;
	}

	void loadCommunes() throws SQLException {
		try (Statement statement = this.connection.createStatement(); ResultSet rs = statement.executeQuery("""
				SELECT c.insee_code, c.name, c.postal_code, c.departement_code, d.name, c.region_code, r.name,
				       c.latitude, c.longitude, c.population
				FROM commune c JOIN departement d ON d.code = c.departement_code
				JOIN region r ON r.code = c.region_code
				WHERE c.population > 0 AND c.postal_code ~ '^[0-9]{5}$'
				ORDER BY c.insee_code""")) {
			while (rs.next()) {
				this.communes.add(
						new Commune(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
								rs.getString(6), rs.getString(7), rs.getDouble(8), rs.getDouble(9), rs.getInt(10)));
			}
		}
		if (this.communes.isEmpty()) {
			throw new IllegalStateException("No commune in the database: are the territory migrations applied?");
		}
		this.cumulativePopulation = new long[this.communes.size()];
		long total = 0;
		for (int i = 0; i < this.communes.size(); i++) {
			total += this.communes.get(i).population();
			this.cumulativePopulation[i] = total;
		}
	}

	/** A commune drawn with a probability proportional to its population. */
	Commune commune(SplittableRandom random) {
		long target = random.nextLong(this.cumulativePopulation[this.cumulativePopulation.length - 1]);
		int low = 0;
		int high = this.cumulativePopulation.length - 1;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (this.cumulativePopulation[mid] > target) {
				high = mid;
			}
			else {
				low = mid + 1;
			}
		}
		return this.communes.get(low);
	}

	static <T> T pick(SplittableRandom random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** One to {@code most} distinct values. */
	static List<String> some(SplittableRandom random, List<String> values, int most) {
		int wanted = 1 + random.nextInt(most);
		List<String> chosen = new ArrayList<>();
		while (chosen.size() < Math.min(wanted, values.size())) {
			String value = pick(random, values);
			if (!chosen.contains(value)) {
				chosen.add(value);
			}
		}
		return chosen;
	}

	/**
	 * A venue as cafés copy it.
	 */
	record Venue(long id, long owner, boolean published, String name, String street, Commune commune, double latitude,
			double longitude) {
	}

	/**
	 * A café as registrations and feedback need it.
	 *
	 * @param day the café's day in its own time zone
	 * @param commune its commune, {@code null} online
	 */
	record Cafe(long id, Instant startsAt, Instant endsAt, String status, boolean portal, Integer capacity,
			LocalDate day, String format, long organiser, Commune commune, String title, List<String> themes,
			List<String> audiences) {
	}

}
