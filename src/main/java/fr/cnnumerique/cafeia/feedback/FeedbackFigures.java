package fr.cnnumerique.cafeia.feedback;

import java.sql.Date;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import fr.cnnumerique.cafeia.shared.Breakdown;
import fr.cnnumerique.cafeia.shared.FigureScope;
import fr.cnnumerique.cafeia.shared.Tally;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the facilitators' reports and the participants' answers add up to, computed in SQL
 * for statistics and the annual report. Reports count by the day the café was held and
 * the territory copied into them; participants' answers by their café's day and
 * territory. Free texts come out only when staff retained them for the report, and only
 * questions, concerns and proposals.
 */
@Service
public class FeedbackFigures {

	private static final String REPORTS = "FROM feedback_report r %s WHERE r.held_on BETWEEN :from AND :to AND %s";

	private static final String RETAINED = "FROM feedback_report_item i JOIN feedback_report r ON r.id = i.report_id "
			+ "WHERE i.curation = 'RETAINED' AND i.kind IN ('QUESTION', 'CONCERN', 'PROPOSAL') "
			+ "AND r.held_on BETWEEN :from AND :to AND %s";

	private final JdbcClient jdbc;

	private final JdbcClient streaming;

	FeedbackFigures(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(500);
		this.streaming = JdbcClient.create(template);
	}

	/**
	 * The reports, grouped.
	 * @param breakdown the grouping
	 * @param scope period and territory
	 * @return one line per group, in key order ({@code null} key last)
	 */
	@Transactional(readOnly = true)
	public List<ReportTally> reports(Breakdown breakdown, FigureScope scope) {
		String join = "";
		String key = switch (breakdown) {
			case REGION -> "r.region_code";
			case DEPARTEMENT -> "r.departement_code";
			case MONTH -> "to_char(r.held_on, 'YYYY-MM')";
			case FORMAT -> "r.event_format";
			case AUDIENCE -> {
				join = "LEFT JOIN LATERAL unnest(r.audiences) AS a(code) ON true";
				yield "a.code";
			}
		};
		return scoped("SELECT " + key + " AS key, count(*) FILTER (WHERE r.event_id IS NULL) AS declared, "
				+ "count(*) AS reports, coalesce(sum(r.participants), 0) AS participants "
				+ REPORTS.formatted(join, where(scope)) + " GROUP BY 1 ORDER BY 1 NULLS LAST", scope)
			.query((rs, row) -> new ReportTally(rs.getString("key"), rs.getLong("declared"), rs.getLong("reports"),
					rs.getLong("participants")))
			.list();
	}

	/**
	 * The reports in all.
	 * @param scope period and territory
	 * @return totals over the reports
	 */
	@Transactional(readOnly = true)
	public ReportTotals reportTotals(FigureScope scope) {
		return scoped("SELECT count(*) FILTER (WHERE r.event_id IS NULL) AS declared, count(*) AS reports, "
				+ "coalesce(sum(r.participants), 0) AS participants, coalesce(sum(r.first_timers), 0) AS first_timers "
				+ REPORTS.formatted("", where(scope)), scope)
			.query((rs, row) -> new ReportTotals(rs.getLong("declared"), rs.getLong("reports"),
					rs.getLong("participants"), rs.getLong("first_timers")))
			.single();
	}

	/**
	 * The themes reports say were discussed.
	 * @param scope period and territory
	 * @return theme codes with the number of reports naming them, most frequent first
	 */
	@Transactional(readOnly = true)
	public List<Tally> themes(FigureScope scope) {
		return scoped("SELECT t.code AS key, count(*) AS n "
				+ REPORTS.formatted("CROSS JOIN LATERAL unnest(r.themes) AS t(code)", where(scope))
				+ " GROUP BY 1 ORDER BY 2 DESC, 1", scope)
			.query((rs, row) -> new Tally(rs.getString("key"), rs.getLong("n")))
			.list();
	}

	/**
	 * The authors of declarations of cafés held off the portal.
	 * @param scope period and territory
	 * @return distinct account ids
	 */
	@Transactional(readOnly = true)
	public List<Long> declarantIds(FigureScope scope) {
		return scoped("SELECT DISTINCT r.author_id " + REPORTS.formatted("", where(scope)) + " AND r.event_id IS NULL",
				scope)
			.query(Long.class)
			.list();
	}

	/**
	 * The participants' answers: how many gave each satisfaction mark, and said they
	 * learned something.
	 * @param scope period and territory (of the café answered about)
	 * @return one line per mark given, 1 to 5
	 */
	@Transactional(readOnly = true)
	public List<Satisfaction> satisfaction(FigureScope scope) {
		return scoped(
				"SELECT a.satisfaction, count(*) AS n, count(*) FILTER (WHERE a.learned) AS learned "
						+ "FROM feedback_participant_answer a WHERE a.event_date BETWEEN :from AND :to AND "
						+ scope.territoryCondition("a.region_code", "a.departement_code") + " GROUP BY 1 ORDER BY 1",
				scope)
			.query((rs, row) -> new Satisfaction(rs.getInt("satisfaction"), rs.getLong("n"), rs.getLong("learned")))
			.list();
	}

	/**
	 * How many questions, concerns and proposals staff retained for the report.
	 * @param scope period and territory
	 * @return the number of items {@link #retainedItems} gives
	 */
	@Transactional(readOnly = true)
	public long retainedItemCount(FigureScope scope) {
		return scoped("SELECT count(*) " + RETAINED.formatted(where(scope)), scope).query(Long.class).single();
	}

	/**
	 * Streams the questions, concerns and proposals staff retained for the report, by
	 * theme (items without a theme last), then kind, in the order they were written. Rows
	 * are fetched in batches: the caller may write them out one by one.
	 * @param scope period and territory
	 * @param limit the most to give
	 * @param consumer receives each item
	 */
	@Transactional(readOnly = true)
	public void retainedItems(FigureScope scope, int limit, Consumer<RetainedItem> consumer) {
		scoped("SELECT i.theme_code, i.kind, i.text " + RETAINED.formatted(where(scope))
				+ " ORDER BY i.theme_code NULLS LAST, i.kind, i.id LIMIT :limit", scope, this.streaming)
			.param("limit", limit)
			.query((rs) -> {
				consumer
					.accept(new RetainedItem(rs.getString("theme_code"), rs.getString("kind"), rs.getString("text")));
			});
	}

	/**
	 * Whether staff closed a year: no report of that year can be filed or changed.
	 * @param year the year
	 * @return {@code true} once closed
	 */
	@Transactional(readOnly = true)
	public boolean yearClosed(int year) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM feedback_year_lock WHERE year = ?)")
			.param(year)
			.query(Boolean.class)
			.single();
	}

	private static String where(FigureScope scope) {
		return scope.territoryCondition("r.region_code", "r.departement_code");
	}

	private StatementSpec scoped(String sql, FigureScope scope) {
		return scoped(sql, scope, this.jdbc);
	}

	private static StatementSpec scoped(String sql, FigureScope scope, JdbcClient client) {
		return client.sql(sql)
			.param("from", Date.valueOf(scope.from()))
			.param("to", Date.valueOf(scope.to()))
			.param("regionCode", scope.regionParameter())
			.param("departementCode", scope.departementParameter());
	}

	/**
	 * Reports of one group.
	 *
	 * @param key the group, {@code null} for reports without one
	 * @param declared declarations of cafés held off the portal
	 * @param reports reports filed (on portal cafés and declarations)
	 * @param participants participants the reports give, added up
	 */
	public record ReportTally(String key, long declared, long reports, long participants) {

	}

	/**
	 * All reports of a scope.
	 *
	 * @param declared declarations of cafés held off the portal
	 * @param reports reports filed (on portal cafés and declarations)
	 * @param participants participants, added up
	 * @param firstTimers participants at their first café, added up
	 */
	public record ReportTotals(long declared, long reports, long participants, long firstTimers) {

	}

	/**
	 * Answers giving one satisfaction mark.
	 *
	 * @param mark 1 (not at all satisfied) to 5 (very satisfied)
	 * @param answers how many answers gave it
	 * @param learned how many of them said they learned something
	 */
	public record Satisfaction(int mark, long answers, long learned) {

	}

	/**
	 * A question, concern or proposal retained by staff, as anonymised by them.
	 *
	 * @param themeCode its theme, possibly {@code null}
	 * @param kind {@code QUESTION}, {@code CONCERN} or {@code PROPOSAL}
	 * @param text the text
	 */
	public record RetainedItem(String themeCode, String kind, String text) {

	}

}
