package fr.cnnumerique.cafeia.moderation.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit log for the journal pages: newest first, filtered, one page at a time
 * or streamed whole for the export.
 */
@Service
class AuditJournal {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	// Rows are fetched by batches of this size, so an export of the whole log never holds
	// it in memory (PostgreSQL uses a cursor only inside a transaction, hence the
	// read-only transactions below).
	private static final int FETCH_SIZE = 500;

	private static final String COLUMNS = "id, at, actor_id, actor_name, action, target_type, target_id, target_label, reason";

	private final NamedParameterJdbcTemplate jdbc;

	AuditJournal(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(template);
	}

	/**
	 * One page of entries, newest first. A page past the end gives the last page.
	 * @param filter which entries
	 * @param page the page wanted, from 1
	 * @param size entries per page
	 * @return the page, numbered from 0 as Spring Data does
	 */
	@Transactional(readOnly = true)
	Page<JournalLine> search(JournalFilter filter, int page, int size) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(filter, params);
		long total = this.jdbc.queryForObject("SELECT count(*) FROM audit_log" + where, params, Long.class);
		int lastPage = (int) Math.max(0, (total - 1) / size);
		int index = Math.min(Math.max(page, 1) - 1, lastPage);
		params.addValue("limit", size).addValue("offset", (long) index * size);
		List<JournalLine> lines = this.jdbc.query("SELECT " + COLUMNS + " FROM audit_log" + where
				+ " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset", params, (rs, row) -> line(rs));
		return new PageImpl<>(lines, PageRequest.of(index, size), total);
	}

	/**
	 * Every entry the filter selects, newest first, handed over one at a time.
	 */
	@Transactional(readOnly = true)
	void export(JournalFilter filter, Consumer<JournalLine> sink) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(filter, params);
		this.jdbc.query("SELECT " + COLUMNS + " FROM audit_log" + where + " ORDER BY at DESC, id DESC", params,
				(ResultSet rs) -> {
					sink.accept(line(rs));
				});
	}

	@Transactional(readOnly = true)
	List<JournalActor> actors() {
		return this.jdbc.query("""
				SELECT id, name FROM (
				    SELECT DISTINCT ON (actor_id) actor_id AS id, coalesce(actor_name, '') AS name
				    FROM audit_log WHERE actor_id IS NOT NULL ORDER BY actor_id, at DESC, id DESC) actors
				ORDER BY lower(immutable_unaccent(name)), id
				""", new MapSqlParameterSource(),
				(rs, row) -> new JournalActor(rs.getLong("id"), rs.getString("name")));
	}

	@Transactional(readOnly = true)
	List<String> actions() {
		return this.jdbc.queryForList("SELECT DISTINCT action FROM audit_log", new MapSqlParameterSource(),
				String.class);
	}

	@Transactional(readOnly = true)
	List<String> targetTypes() {
		return this.jdbc.queryForList("SELECT DISTINCT target_type FROM audit_log", new MapSqlParameterSource(),
				String.class);
	}

	private static String where(JournalFilter filter, MapSqlParameterSource params) {
		List<String> conditions = new ArrayList<>();
		List<String> words = filter.words();
		if (!words.isEmpty()) {
			conditions
				.add("""
						search @@ to_tsquery('simple', (SELECT string_agg(quote_literal(immutable_unaccent(word)) || ':*', ' & ')
						                                FROM unnest(CAST(:words AS text[])) AS word))""");
			params.addValue("words", words.toArray(String[]::new));
		}
		if (filter.action() != null) {
			conditions.add("action = :action");
			params.addValue("action", filter.action());
		}
		if (filter.actorId() != null) {
			conditions.add("actor_id = :actorId");
			params.addValue("actorId", filter.actorId());
		}
		if (filter.targetType() != null) {
			conditions.add("target_type = :targetType");
			params.addValue("targetType", filter.targetType());
		}
		if (filter.from() != null) {
			conditions.add("at >= :from");
			params.addValue("from", startOf(filter.from().atStartOfDay(PARIS).toOffsetDateTime()));
		}
		if (filter.to() != null) {
			conditions.add("at < :to");
			params.addValue("to", startOf(filter.to().plusDays(1).atStartOfDay(PARIS).toOffsetDateTime()));
		}
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	private static OffsetDateTime startOf(OffsetDateTime time) {
		return time.withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static JournalLine line(ResultSet rs) throws SQLException {
		long actorId = rs.getLong("actor_id");
		Long actor = rs.wasNull() ? null : actorId;
		return new JournalLine(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).atZoneSameInstant(PARIS),
				actor, rs.getString("actor_name"), rs.getString("action"), rs.getString("target_type"),
				rs.getString("target_id"), rs.getString("target_label"), rs.getString("reason"));
	}

}
