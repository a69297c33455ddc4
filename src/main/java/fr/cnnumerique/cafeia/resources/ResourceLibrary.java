package fr.cnnumerique.cafeia.resources;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of the library: only published items (the last approved
 * version), by id or as a facilitator names one.
 */
@Service
public class ResourceLibrary {

	private static final Pattern ADDRESS = Pattern.compile("(?:^|/)ressources/(\\d{1,18})(?:[-/?#]|$)");

	private static final Pattern NUMBER = Pattern.compile("n?°?\\s*(\\d{1,18})");

	private final JdbcClient jdbc;

	ResourceLibrary(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The published items among these ids, in the order of the ids; ids of items unknown
	 * or not public are left out.
	 * @param ids item ids
	 * @return the published ones
	 */
	@Transactional(readOnly = true)
	public List<PublishedItem> published(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, PublishedItem> found = this.jdbc
			.sql("SELECT id, title FROM library_item_published WHERE id IN (:ids)")
			.param("ids", ids)
			.query((rs, row) -> new PublishedItem(rs.getLong("id"), rs.getString("title")))
			.list()
			.stream()
			.collect(Collectors.toMap(PublishedItem::id, Function.identity()));
		return ids.stream().distinct().map(found::get).filter(Objects::nonNull).toList();
	}

	/**
	 * The published item a facilitator means: the address of its page
	 * ({@code https://…/ressources/42-atelier-ia} or {@code /ressources/42-…}) or its
	 * number give that item; anything else is looked for among published titles, without
	 * accents or case. The best title wins: the same title, then one containing the text,
	 * then one containing its words; among equals, the most downloaded, then the most
	 * recently approved.
	 * @param reference what the facilitator typed
	 * @return the item, empty when none is published
	 */
	@Transactional(readOnly = true)
	public Optional<PublishedItem> find(String reference) {
		String text = (reference != null) ? reference.strip() : "";
		if (text.isEmpty()) {
			return Optional.empty();
		}
		Matcher address = ADDRESS.matcher(text);
		if (address.find()) {
			return byId(Long.parseLong(address.group(1)));
		}
		Matcher number = NUMBER.matcher(text);
		if (number.matches()) {
			return byId(Long.parseLong(number.group(1)));
		}
		return this.jdbc
			.sql("""
					SELECT p.id, p.title FROM library_item_published p JOIN library_item i ON i.id = p.id,
					    lower(immutable_unaccent(p.title)) AS t, lower(immutable_unaccent(:text)) AS q,
					    websearch_to_tsquery('french', immutable_unaccent(:text)) AS words
					WHERE strpos(t, q) > 0 OR (numnode(words) > 0 AND to_tsvector('french', immutable_unaccent(p.title)) @@ words)
					ORDER BY t = q DESC, strpos(t, q) > 0 DESC,
					    ts_rank(to_tsvector('french', immutable_unaccent(p.title)), words) DESC, similarity(t, q) DESC,
					    i.downloads DESC, p.approved_at DESC, p.id DESC
					LIMIT 1
					""")
			.param("text", text)
			.query((rs, row) -> new PublishedItem(rs.getLong("id"), rs.getString("title")))
			.optional();
	}

	private Optional<PublishedItem> byId(long id) {
		return this.jdbc.sql("SELECT id, title FROM library_item_published WHERE id = ?")
			.param(id)
			.query((rs, row) -> new PublishedItem(rs.getLong("id"), rs.getString("title")))
			.optional();
	}

}
