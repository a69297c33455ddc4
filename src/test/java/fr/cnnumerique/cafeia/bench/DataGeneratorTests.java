package fr.cnnumerique.cafeia.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import fr.cnnumerique.cafeia.feedback.report.PersonalDataDetector;
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
					.containsEntry("library items", 20L)
					.containsEntry("reports", 150L)
					.containsEntry("report items", 1000L)
					.containsEntry("participant answers", 400L);
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

	@Test
	void generatedFeedbackSatisfiesTheModulesRules() throws Exception {
		LocalDate today = LocalDate.now(Dataset.PARIS);
		try (Connection connection = this.dataSource.getConnection()) {
			Dataset dataset = DataGenerator.generate(connection, 0.01, 2026, today, false);
			try {
				long[] reports = dataset.ranges().get("feedback_report");
				long[] events = dataset.ranges().get("event");
				Map<String, Object> figures = this.jdbc
					.sql("""
							SELECT count(*) AS reports, count(event_id) AS portal,
							    count(*) FILTER (WHERE first_timers > participants) AS too_many_first_timers,
							    count(*) FILTER (WHERE coalesce(age_under_18, 0) + coalesce(age_18_25, 0)
							        + coalesce(age_26_40, 0) + coalesce(age_41_60, 0) + coalesce(age_61_75, 0)
							        + coalesce(age_over_75, 0) > participants) AS too_many_ages,
							    count(*) FILTER (WHERE held_on >= ? OR held_on < ?) AS out_of_the_year,
							    count(*) FILTER (WHERE event_id IS NOT NULL AND event_id NOT BETWEEN ? AND ?) AS unknown_cafe,
							    count(*) FILTER (WHERE cardinality(themes) = 0) AS without_theme
							FROM feedback_report WHERE id BETWEEN ? AND ?""")
					.params(today, today.minusDays(365), events[0], events[1], reports[0], reports[1])
					.query()
					.singleRow();
				assertThat(figures).containsEntry("reports", 150L)
					.containsEntry("too_many_first_timers", 0L)
					.containsEntry("too_many_ages", 0L)
					.containsEntry("out_of_the_year", 0L)
					.containsEntry("unknown_cafe", 0L)
					.containsEntry("without_theme", 0L);
				assertThat((Long) figures.get("portal")).as("reports on portal cafés and catch-ups")
					.isBetween(1L, 149L);
				assertThat(this.jdbc
					.sql("""
							SELECT count(*) FROM feedback_report r JOIN event e ON e.id = r.event_id
							WHERE r.id BETWEEN ? AND ? AND (e.status <> 'PUBLISHED' OR e.ends_at > now()
							    OR r.held_on <> (e.starts_at AT TIME ZONE e.time_zone)::date OR r.author_id <> e.organiser_id)
							""")
					.params(reports[0], reports[1])
					.query(Long.class)
					.single()).as("portal reports copy a published café already held").isZero();

				List<Map<String, Object>> items = this.jdbc.sql(
						"SELECT report_id, kind, theme_code, text, original_text, array_to_string(flags, ',') AS flags, "
								+ "curation FROM feedback_report_item WHERE report_id BETWEEN ? AND ?")
					.params(reports[0], reports[1])
					.query()
					.listOfRows();
				assertThat(items).hasSize(1000);
				Map<String, Long> byCuration = new java.util.TreeMap<>();
				Map<String, Long> singles = new java.util.HashMap<>();
				int flagged = 0;
				int edited = 0;
				for (Map<String, Object> item : items) {
					String kind = (String) item.get("kind");
					boolean listed = List.of("QUESTION", "CONCERN", "PROPOSAL").contains(kind);
					assertThat(item.get("theme_code") != null).as("theme of a " + kind).isEqualTo(listed);
					assertThat(item.get("flags"))
						.isEqualTo(String.join(",", PersonalDataDetector.flags((String) item.get("text"))));
					if (!listed) {
						singles.merge(item.get("report_id") + kind, 1L, Long::sum);
					}
					flagged += PersonalDataDetector.flags((String) item.get("original_text")).isEmpty() ? 0 : 1;
					edited += item.get("text").equals(item.get("original_text")) ? 0 : 1;
					byCuration.merge((String) item.get("curation"), 1L, Long::sum);
				}
				assertThat(singles.values()).as("one highlight, difficulty or comment per report")
					.allMatch((n) -> n == 1);
				assertThat(byCuration.keySet()).containsExactly("DISMISSED", "PENDING", "RETAINED");
				assertThat(byCuration.get("PENDING")).as("most items are curated").isLessThan(500L);
				assertThat(flagged).as("some texts hold personal data").isPositive();
				assertThat(edited).as("some were anonymised by staff").isPositive();

				Map<String, Object> answers = this.jdbc.sql("""
						SELECT count(*) AS answers, count(comment) AS comments,
						    count(*) FILTER (WHERE (comment IS NULL) <> (comment_status = 'NONE')) AS inconsistent,
						    count(*) FILTER (WHERE satisfaction NOT BETWEEN 1 AND 5) AS bad_satisfaction,
						    count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM feedback_report r
						        WHERE r.event_id = a.event_id AND r.held_on = a.event_date)) AS unreported
						FROM feedback_participant_answer a WHERE id BETWEEN ? AND ?""")
					.params(dataset.ranges().get("feedback_participant_answer")[0],
							dataset.ranges().get("feedback_participant_answer")[1])
					.query()
					.singleRow();
				assertThat(answers).containsEntry("answers", 400L)
					.containsEntry("inconsistent", 0L)
					.containsEntry("bad_satisfaction", 0L)
					.containsEntry("unreported", 0L);
				assertThat((Long) answers.get("comments")).isBetween(10L, 100L);
			}
			finally {
				remove(connection, dataset);
			}
		}
	}

	@Test
	void theAnnualReportSizePutsEveryReportInTheYearBeforeTheReferenceDay() throws Exception {
		LocalDate today = LocalDate.now(Dataset.PARIS);
		int year = FeedbackPart.annualYear(today);
		try (Connection connection = this.dataSource.getConnection()) {
			Dataset dataset = DataGenerator.generate(connection, 0.01, 7, today, false, 300, 3000);
			try {
				long[] reports = dataset.ranges().get("feedback_report");
				assertThat(this.jdbc.sql("""
						SELECT count(*) FILTER (WHERE extract(year FROM held_on) = ?) || '/' || count(*)
						FROM feedback_report WHERE id BETWEEN ? AND ?""")
					.params(year, reports[0], reports[1])
					.query(String.class)
					.single()).isEqualTo("300/300");
				assertThat(this.jdbc.sql("SELECT count(*) FROM feedback_report_item WHERE report_id BETWEEN ? AND ?")
					.params(reports[0], reports[1])
					.query(Long.class)
					.single()).isEqualTo(3000L);
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
		List<String[]> deletes = List.of(new String[] { "feedback_participant_answer", "id" },
				new String[] { "feedback_participant_link", "event_id", "event" },
				new String[] { "feedback_report_item", "id" }, new String[] { "feedback_report", "id" },
				new String[] { "registration", "id" }, new String[] { "registration_event", "event_id", "event" },
				new String[] { "event", "id" }, new String[] { "event_series", "id" },
				new String[] { "library_item", "id" }, new String[] { "venue", "id" },
				new String[] { "facilitator_profile", "id" }, new String[] { "account_role", "account_id", "account" },
				new String[] { "account", "id" });
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
