package fr.cnnumerique.cafeia.feedback.participant;

import java.security.SecureRandom;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The feedback links and the answers, in SQL: aggregates are computed by PostgreSQL so
 * that no answer is loaded to count it.
 */
@Repository
class ParticipantAnswers {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	ParticipantAnswers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Long> eventFor(String token) {
		return this.jdbc.sql("SELECT event_id FROM feedback_participant_link WHERE token = ?")
			.param(token)
			.query(Long.class)
			.optional();
	}

	Optional<String> findToken(long eventId) {
		return this.jdbc.sql("SELECT token FROM feedback_participant_link WHERE event_id = ?")
			.param(eventId)
			.query(String.class)
			.optional();
	}

	/**
	 * The café's token, created on first call; two facilitators opening the page at once
	 * get the same one.
	 */
	String tokenFor(long eventId) {
		this.jdbc.sql("INSERT INTO feedback_participant_link (event_id, token) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(eventId, newToken())
			.update();
		return findToken(eventId).orElseThrow();
	}

	void save(long eventId, LocalDate eventDate, String departement, String region, int satisfaction, boolean learned,
			List<String> themes, String comment, List<String> flags) {
		this.jdbc.sql("""
				INSERT INTO feedback_participant_answer (event_id, event_date, departement_code, region_code,
				    satisfaction, learned, themes, comment, comment_status, comment_flags)
				VALUES (:event, :date, :dep, :region, :satisfaction, :learned, string_to_array(:themes, ','),
				    :comment, :status, string_to_array(:flags, ','))
				""")
			.param("event", eventId)
			.param("date", Date.valueOf(eventDate))
			.param("dep", departement)
			.param("region", region)
			.param("satisfaction", satisfaction)
			.param("learned", learned)
			.param("themes", String.join(",", themes))
			.param("comment", comment)
			.param("status", (comment != null) ? "PENDING" : "NONE")
			.param("flags", String.join(",", flags))
			.update();
	}

	/**
	 * Counts by level and by theme, in two statements.
	 * @return answers, mean, learned, level counts; theme codes with their counts, most
	 * asked first
	 */
	Counts counts(long eventId) {
		Counts counts = this.jdbc.sql("""
				SELECT count(*), avg(satisfaction)::float8, count(*) FILTER (WHERE learned),
				    count(*) FILTER (WHERE satisfaction = 1), count(*) FILTER (WHERE satisfaction = 2),
				    count(*) FILTER (WHERE satisfaction = 3), count(*) FILTER (WHERE satisfaction = 4),
				    count(*) FILTER (WHERE satisfaction = 5)
				FROM feedback_participant_answer WHERE event_id = ?
				""").param(eventId).query((rs, row) -> {
			double average = rs.getDouble(2);
			Double mean = rs.wasNull() ? null : average;
			List<Long> levels = new ArrayList<>(5);
			for (int i = 4; i <= 8; i++) {
				levels.add(rs.getLong(i));
			}
			return new Counts(rs.getLong(1), mean, rs.getLong(3), levels, new LinkedHashMap<>());
		}).single();
		this.jdbc.sql("""
				SELECT theme, count(*) AS n FROM feedback_participant_answer, unnest(themes) AS theme
				WHERE event_id = ? GROUP BY theme ORDER BY n DESC, theme
				""").param(eventId).query((rs, row) -> counts.themes().put(rs.getString(1), rs.getLong(2))).list();
		return counts;
	}

	private static String newToken() {
		// 128 bits: unguessable, and short enough to be typed from a poster
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	record Counts(long answers, Double average, long learned, List<Long> levels, Map<String, Long> themes) {

	}

}
