package fr.cnnumerique.cafeia.events;

import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.List;

import fr.cnnumerique.cafeia.shared.Breakdown;
import fr.cnnumerique.cafeia.shared.FigureScope;
import fr.cnnumerique.cafeia.shared.Tally;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cafés held on the portal, counted in SQL for statistics and the annual report. A
 * café is <em>held</em> in a period when it is published (not cancelled, not a draft) and
 * started in the period (on a day of the period in its own time zone), and has started by
 * now; its territory is its commune's (none for a café online).
 */
@Service
public class HeldCafes {

	/**
	 * A café's day is its local day, in its own zone, as facilitators' reports and
	 * participants' answers date it: a café of Guadeloupe on 31 December at 19:00 belongs
	 * to that year, though it is already 1 January in Paris. The instant bounds, a day
	 * wider, let the index on {@code starts_at} do the work.
	 */
	private static final String HELD = "FROM event e %s WHERE e.status = 'PUBLISHED' "
			+ "AND e.starts_at >= :start AND e.starts_at < :end "
			+ "AND (e.starts_at AT TIME ZONE e.time_zone)::date BETWEEN :from AND :to AND e.starts_at <= now() AND %s";

	private final JdbcClient jdbc;

	HeldCafes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The cafés held, grouped.
	 * @param breakdown the grouping
	 * @param scope period and territory
	 * @return one tally per group, in key order (no group: {@code null} key, last)
	 */
	@Transactional(readOnly = true)
	public List<Tally> count(Breakdown breakdown, FigureScope scope) {
		String join = "";
		String key = switch (breakdown) {
			case REGION -> "e.region_code";
			case DEPARTEMENT -> "e.departement_code";
			case MONTH -> "to_char(e.starts_at AT TIME ZONE e.time_zone, 'YYYY-MM')";
			case FORMAT -> "e.format";
			case AUDIENCE -> {
				join = "LEFT JOIN LATERAL unnest(e.audiences) AS a(code) ON true";
				yield "a.code";
			}
		};
		return held("SELECT " + key + " AS key, count(*) AS n " + HELD.formatted(join, where(scope))
				+ " GROUP BY 1 ORDER BY 1 NULLS LAST", scope)
			.query((rs, row) -> new Tally(rs.getString("key"), rs.getLong("n")))
			.list();
	}

	/**
	 * The cafés held in all.
	 * @param scope period and territory
	 * @return how many cafés were held, at how many distinct venues and communes
	 */
	@Transactional(readOnly = true)
	public Totals totals(FigureScope scope) {
		return held("SELECT count(*) AS n, count(DISTINCT e.venue_id) AS venues, count(DISTINCT e.insee_code) "
				+ "AS communes " + HELD.formatted("", where(scope)), scope)
			.query((rs, row) -> new Totals(rs.getLong("n"), rs.getLong("venues"), rs.getLong("communes")))
			.single();
	}

	/**
	 * Who facilitated the cafés held: organisers and co-facilitators.
	 * @param scope period and territory
	 * @return distinct account ids
	 */
	@Transactional(readOnly = true)
	public List<Long> facilitatorIds(FigureScope scope) {
		return held("SELECT DISTINCT unnest(array_append(e.co_facilitator_ids, e.organiser_id)) AS id "
				+ HELD.formatted("", where(scope)), scope)
			.query(Long.class)
			.list();
	}

	private static String where(FigureScope scope) {
		return scope.territoryCondition("e.region_code", "e.departement_code");
	}

	private StatementSpec held(String sql, FigureScope scope) {
		return this.jdbc.sql(sql)
			.param("start", Timestamp.from(scope.start().minus(1, ChronoUnit.DAYS)))
			.param("end", Timestamp.from(scope.end().plus(1, ChronoUnit.DAYS)))
			.param("from", scope.from())
			.param("to", scope.to())
			.param("regionCode", scope.regionParameter())
			.param("departementCode", scope.departementParameter());
	}

	/**
	 * The cafés held in all.
	 *
	 * @param cafes cafés held
	 * @param venues distinct directory venues where they were held (in person or hybrid)
	 * @param communes distinct communes where they were held
	 */
	public record Totals(long cafes, long venues, long communes) {

	}

}
