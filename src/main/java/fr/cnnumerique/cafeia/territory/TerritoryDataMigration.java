package fr.cnnumerique.cafeia.territory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 3.1: loads the régions, départements, communes, aliases and postal
 * codes shipped in {@code classpath:territory/*.tsv.gz} (derived from the INSEE, La Poste
 * and IGN files by {@code scripts/DeriveTerritoryData.java}) into the tables of V3, in
 * the migration's transaction. A Spring bean so that Spring Boot hands it to Flyway; a
 * later change of the data needs a new version (3.2, ...), not an edit of this one.
 */
@Component
class TerritoryDataMigration extends BaseJavaMigration {

	private static final Logger logger = LoggerFactory.getLogger(TerritoryDataMigration.class);

	static final String LOCATION = "territory/";

	private static final int BATCH_SIZE = 2000;

	@Override
	protected void init() {
		// version and description are given below, not parsed from the class name
	}

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("3.1");
	}

	@Override
	public String getDescription() {
		return "territory data";
	}

	@Override
	public void migrate(Context context) throws Exception {
		long start = System.nanoTime();
		Connection connection = context.getConnection();
		insert(connection, "INSERT INTO region (code, name) VALUES (?, ?)", read("regions.tsv.gz"),
				(statement, row) -> {
					statement.setString(1, row[0]);
					statement.setString(2, row[1]);
				});
		insert(connection, "INSERT INTO departement (code, region_code, name) VALUES (?, ?, ?)",
				read("departements.tsv.gz"), (statement, row) -> {
					statement.setString(1, row[0]);
					statement.setString(2, row[1]);
					statement.setString(3, row[2]);
				});
		List<String[]> communes = read("communes.tsv.gz");
		insert(connection,
				"INSERT INTO commune (insee_code, name, departement_code, region_code, postal_code, latitude, longitude, population)"
						+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
				communes, (statement, row) -> {
					statement.setString(1, row[0]);
					statement.setString(2, row[1]);
					statement.setString(3, row[2]);
					statement.setString(4, row[3]);
					statement.setString(5, postalCodes(row[7])[0]);
					statement.setDouble(6, Double.parseDouble(row[4]));
					statement.setDouble(7, Double.parseDouble(row[5]));
					statement.setInt(8, Integer.parseInt(row[6]));
				});
		List<String[]> aliases = read("aliases.tsv.gz");
		insert(connection,
				"INSERT INTO commune_alias (commune_insee_code, name, kind, postal_code, latitude, longitude)"
						+ " VALUES (?, ?, ?, ?, ?, ?)",
				aliases, (statement, row) -> {
					statement.setString(1, row[0]);
					statement.setString(2, row[1]);
					statement.setString(3, row[2]);
					statement.setString(4, row[3].isEmpty() ? null : postalCodes(row[3])[0]);
					setCoordinate(statement, 5, row[4]);
					setCoordinate(statement, 6, row[5]);
				});
		Map<String, String[]> centresOfPostalCodes = new HashMap<>();
		for (String[] alias : aliases) {
			if ("ARRONDISSEMENT".equals(alias[2])) {
				for (String postalCode : postalCodes(alias[3])) {
					centresOfPostalCodes.put(alias[0] + " " + postalCode, new String[] { alias[4], alias[5] });
				}
			}
		}
		List<String[]> postalCodes = new ArrayList<>();
		for (String[] commune : communes) {
			for (String postalCode : postalCodes(commune[7])) {
				String[] centre = centresOfPostalCodes.getOrDefault(commune[0] + " " + postalCode,
						new String[] { "", "" });
				postalCodes.add(new String[] { postalCode, commune[0], centre[0], centre[1] });
			}
		}
		insert(connection,
				"INSERT INTO commune_postal_code (postal_code, commune_insee_code, latitude, longitude) VALUES (?, ?, ?, ?)",
				postalCodes, (statement, row) -> {
					statement.setString(1, row[0]);
					statement.setString(2, row[1]);
					setCoordinate(statement, 3, row[2]);
					setCoordinate(statement, 4, row[3]);
				});
		logger.info("Loaded {} communes, {} aliases and {} postal codes in {} ms", communes.size(), aliases.size(),
				postalCodes.size(), (System.nanoTime() - start) / 1_000_000);
	}

	private static String[] postalCodes(String value) {
		return value.split(" ");
	}

	private static void setCoordinate(PreparedStatement statement, int index, String value) throws SQLException {
		if (value.isEmpty()) {
			statement.setNull(index, Types.DOUBLE);
		}
		else {
			statement.setDouble(index, Double.parseDouble(value));
		}
	}

	private static void insert(Connection connection, String sql, List<String[]> rows, RowBinder binder)
			throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			int pending = 0;
			for (String[] row : rows) {
				binder.bind(statement, row);
				statement.addBatch();
				if (++pending == BATCH_SIZE) {
					statement.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				statement.executeBatch();
			}
		}
	}

	/**
	 * Rows of a shipped file, header skipped, fields split on tabs.
	 * @param name file name under {@value #LOCATION}
	 * @return the rows, each with every field (trailing empty fields kept)
	 * @throws IOException if the file is missing or unreadable
	 */
	static List<String[]> read(String name) throws IOException {
		List<String[]> rows = new ArrayList<>();
		try (InputStream in = new GZIPInputStream(new ClassPathResource(LOCATION + name).getInputStream());
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line = reader.readLine();
			while ((line = reader.readLine()) != null) {
				if (!line.isEmpty()) {
					rows.add(line.split("\t", -1));
				}
			}
		}
		return rows;
	}

	@FunctionalInterface
	private interface RowBinder {

		void bind(PreparedStatement statement, String[] row) throws SQLException;

	}

}
