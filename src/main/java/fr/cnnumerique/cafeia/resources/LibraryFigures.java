package fr.cnnumerique.cafeia.resources;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;

import fr.cnnumerique.cafeia.shared.FigureScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the resource library adds up to in a period, computed in SQL. Resources have no
 * territory: a scope's région or département is ignored. Downloads are counted per month
 * since the monthly counter exists (migration V51); a period counts the months it
 * touches.
 */
@Service
public class LibraryFigures {

	private final JdbcClient jdbc;

	LibraryFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The resources shared in the period that the library shows today.
	 * @param scope the period
	 * @return public resources created in the period
	 */
	@Transactional(readOnly = true)
	public long published(FigureScope scope) {
		return this.jdbc
			.sql("SELECT count(*) FROM library_item_published p JOIN library_item i ON i.id = p.id "
					+ "WHERE i.created_at >= ? AND i.created_at < ?")
			.params(Timestamp.from(scope.start()), Timestamp.from(scope.end()))
			.query(Long.class)
			.single();
	}

	/**
	 * The downloads of the months of the period.
	 * @param scope the period
	 * @return downloads of any file of any resource
	 */
	@Transactional(readOnly = true)
	public long downloads(FigureScope scope) {
		return this.jdbc
			.sql("SELECT coalesce(sum(downloads), 0) FROM library_download_month WHERE month BETWEEN ? AND ?")
			.params(firstOfMonth(scope), Date.valueOf(scope.to()))
			.query(Long.class)
			.single();
	}

	/**
	 * The public resources downloaded most in the months of the period.
	 * @param scope the period
	 * @param limit the most to give
	 * @return resources with their downloads, most downloaded first
	 */
	@Transactional(readOnly = true)
	public List<Downloaded> mostDownloaded(FigureScope scope, int limit) {
		return this.jdbc.sql("""
				SELECT p.id, p.title, p.kind, sum(m.downloads) AS n
				FROM library_download_month m JOIN library_item_published p ON p.id = m.item_id
				WHERE m.month BETWEEN ? AND ? GROUP BY p.id, p.title, p.kind ORDER BY n DESC, p.title, p.id LIMIT ?
				""")
			.params(firstOfMonth(scope), Date.valueOf(scope.to()), limit)
			.query((rs, row) -> new Downloaded(rs.getLong("id"), rs.getString("title"), rs.getString("kind"),
					rs.getLong("n")))
			.list();
	}

	private static Date firstOfMonth(FigureScope scope) {
		return Date.valueOf(scope.from().withDayOfMonth(1));
	}

	/**
	 * A public resource and its downloads in a period.
	 *
	 * @param id resource id
	 * @param title public title
	 * @param kind type code ({@code kit-animation}, {@code fiche-pedagogique}…)
	 * @param downloads downloads in the period
	 */
	public record Downloaded(long id, String title, String kind, long downloads) {

	}

}
