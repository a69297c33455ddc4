package fr.cnnumerique.cafeia.resources.library;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of the public library: search and exports read only the last approved
 * versions ({@code library_item_published}).
 */
@Repository
class LibraryQueries {

	private static final String SELECT = "SELECT p.id, " + LibraryStore.prefixed("p")
			+ ", 'PUBLISHED' AS moderation_state, i.created_by, i.downloads, p.updated_at, p.draft_version AS version ";

	private final JdbcClient jdbc;

	LibraryQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Published items matching the criteria. The text is searched in French, without
	 * accents, in titles, summaries, authors and descriptions.
	 */
	@Transactional(readOnly = true)
	Page<LibraryItem> search(Criteria criteria, Pageable pageable) {
		StringBuilder where = new StringBuilder(
				" FROM library_item_published p JOIN library_item i ON i.id = p.id WHERE true");
		Map<String, Object> params = new HashMap<>();
		if (criteria.text() != null) {
			where.append(" AND p.search @@ websearch_to_tsquery('french', immutable_unaccent(:text))");
			params.put("text", criteria.text());
		}
		filter(where, params, "kind", "p.kind = :kind", criteria.kind());
		filter(where, params, "theme", ":theme = ANY(p.themes)", criteria.theme());
		filter(where, params, "audience", ":audience = ANY(p.audiences)", criteria.audience());
		filter(where, params, "level", "p.level = :level", criteria.level());
		filter(where, params, "licence", "p.licence = :licence", criteria.licence());
		filter(where, params, "language", "p.language = :language", criteria.language());
		long total = this.jdbc.sql("SELECT count(*)" + where).params(params).query(Long.class).single();
		String order = "downloads".equals(criteria.sort()) ? "i.downloads DESC, p.approved_at DESC, p.id DESC"
				: "p.approved_at DESC, p.id DESC";
		List<LibraryItem> items = this.jdbc.sql(SELECT + where + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(LibraryStore.ITEM)
			.list();
		return new PageImpl<>(items, pageable, total);
	}

	/** Every published item, oldest first, for the exports. */
	@Transactional(readOnly = true)
	List<LibraryItem> allPublished() {
		return this.jdbc.sql(SELECT + "FROM library_item_published p JOIN library_item i ON i.id = p.id ORDER BY p.id")
			.query(LibraryStore.ITEM)
			.list();
	}

	private static void filter(StringBuilder where, Map<String, Object> params, String name, String condition,
			String value) {
		if (value != null) {
			where.append(" AND ").append(condition);
			params.put(name, value);
		}
	}

	/**
	 * What a visitor looks for; {@code null} means any.
	 *
	 * @param sort {@code recent} (default) or {@code downloads}
	 */
	record Criteria(String text, String kind, String theme, String audience, String level, String licence,
			String language, String sort) {

	}

}
