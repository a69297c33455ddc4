package fr.cnnumerique.cafeia.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's data generator at a hundredth of its default scale, on the test
 * database: rows pass the schema's checks and the generated cafés show on the public list
 * and map. The generated rows are removed afterwards.
 */
@IntegrationTest
class DataGeneratorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void generatedCafesShowOnTheListAndTheMap() throws Exception {
		LocalDate today = LocalDate.now(Dataset.PARIS);
		try (Connection connection = this.dataSource.getConnection()) {
			Dataset dataset = DataGenerator.generate(connection, 0.01, 2026, today, false);
			try {
				assertThat(dataset.counts()).containsEntry("cafes", 200L)
					.containsEntry("registrations", 600L)
					.containsEntry("accounts", 30L)
					.containsEntry("venues", 50L)
					.containsEntry("library items", 20L);
				Map<String, Object> cafe = this.jdbc.sql("""
						SELECT id, starts_at, time_zone FROM event
						WHERE id BETWEEN ? AND ? AND status = 'PUBLISHED' AND format = 'IN_PERSON' AND starts_at > now()
						ORDER BY starts_at LIMIT 1""")
					.params(dataset.ranges().get("event")[0], dataset.ranges().get("event")[1])
					.query()
					.singleRow();
				long id = ((Number) cafe.get("id")).longValue();
				LocalDate day = ((java.sql.Timestamp) cafe.get("starts_at")).toInstant()
					.atZone(ZoneId.of("Europe/Paris"))
					.toLocalDate();
				assertThat(body("/cafes?du=" + day + "&au=" + day)).contains("/cafes/" + id + "-");
				assertThat(body("/cafes.geojson")).contains("\"id\":" + id + ",");
				assertThat(this.mvc.perform(MockMvcRequestBuilders.get("/cafes/" + id))
					.andReturn()
					.getResponse()
					.getRedirectedUrl()).startsWith("/cafes/" + id + "-");
			}
			finally {
				remove(connection, dataset);
			}
		}
	}

	private String body(String url) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.get(url))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/**
	 * Deletes the generated rows, children first, so other tests see the database as
	 * before.
	 */
	static void remove(Connection connection, Dataset dataset) throws Exception {
		List<String[]> deletes = List.of(new String[] { "registration", "id" },
				new String[] { "registration_event", "event_id", "event" }, new String[] { "event", "id" },
				new String[] { "event_series", "id" }, new String[] { "library_item", "id" },
				new String[] { "venue", "id" }, new String[] { "facilitator_profile", "id" },
				new String[] { "account_role", "account_id", "account" }, new String[] { "account", "id" });
		for (String[] delete : deletes) {
			long[] range = dataset.ranges().get((delete.length > 2) ? delete[2] : delete[0]);
			if (range == null) {
				continue;
			}
			try (PreparedStatement statement = connection
				.prepareStatement("DELETE FROM " + delete[0] + " WHERE " + delete[1] + " BETWEEN ? AND ?")) {
				statement.setLong(1, range[0]);
				statement.setLong(2, range[1]);
				statement.executeUpdate();
			}
		}
	}

}
