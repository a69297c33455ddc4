package fr.cnnumerique.cafeia.feedback.report;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.cnnumerique.cafeia.events.EventFormat;
import fr.cnnumerique.cafeia.feedback.curation.Curation;
import fr.cnnumerique.cafeia.feedback.report.StoredReport.StoredItem;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The report tables. Callers own the transaction.
 */
@Repository
class ReportStore {

	private static final String AGES = "age_under_18, age_18_25, age_26_40, age_41_60, age_61_75, age_over_75";

	private static final String LINE = """
			SELECT r.id, r.event_id, r.title, r.held_on, r.commune_name, r.departement_code, r.participants,
			    (SELECT count(*) FROM feedback_report_item i WHERE i.report_id = r.id) AS items,
			    (SELECT count(*) FROM feedback_report_item i WHERE i.report_id = r.id AND i.curation = 'PENDING')
			        AS pending
			FROM feedback_report r
			""";

	private final JdbcClient jdbc;

	ReportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredReport> find(long id) {
		return this.jdbc.sql("SELECT * FROM feedback_report WHERE id = ?")
			.param(id)
			.query((rs, row) -> report(rs))
			.optional()
			.map(this::withItems);
	}

	Optional<StoredReport> findByEvent(long eventId) {
		return this.jdbc.sql("SELECT * FROM feedback_report WHERE event_id = ?")
			.param(eventId)
			.query((rs, row) -> report(rs))
			.optional()
			.map(this::withItems);
	}

	long insert(Long eventId, long authorId, ReportDraft draft) {
		long id = this.jdbc
			.sql("INSERT INTO feedback_report (event_id, author_id, title, held_on, event_format, "
					+ "insee_code, commune_name, departement_code, region_code, audiences, participants, first_timers, "
					+ AGES
					+ ", duration_minutes, format_code, themes, resources_used, would_run_again) VALUES (:eventId, "
					+ ":authorId, :title, :heldOn, :eventFormat, :insee, :commune, :dep, :region, "
					+ "string_to_array(:audiences, ','), :participants, :firstTimers, :a0, :a1, :a2, :a3, :a4, :a5, "
					+ ":duration, :formatCode, string_to_array(:themes, ','), :resources, :runAgain) RETURNING id")
			.params(params(draft))
			.param("eventId", eventId)
			.param("authorId", authorId)
			.query(Long.class)
			.single();
		insertItems(id, draft.items());
		replaceLibraryItems(id, draft.libraryItems());
		return id;
	}

	/**
	 * Updates the report if nobody saved it since {@code version}. Items the facilitator
	 * kept as they were keep their curation; changed or new ones wait for staff again.
	 * @return whether the report was updated
	 */
	boolean update(StoredReport existing, long version, ReportDraft draft) {
		int updated = this.jdbc.sql("UPDATE feedback_report SET title = :title, held_on = :heldOn, "
				+ "event_format = :eventFormat, insee_code = :insee, commune_name = :commune, departement_code = :dep, "
				+ "region_code = :region, audiences = string_to_array(:audiences, ','), participants = :participants, "
				+ "first_timers = :firstTimers, age_under_18 = :a0, age_18_25 = :a1, age_26_40 = :a2, age_41_60 = :a3, "
				+ "age_61_75 = :a4, age_over_75 = :a5, duration_minutes = :duration, format_code = :formatCode, "
				+ "themes = string_to_array(:themes, ','), resources_used = :resources, would_run_again = :runAgain, "
				+ "updated_at = now(), version = version + 1 WHERE id = :id AND version = :version")
			.params(params(draft))
			.param("id", existing.id())
			.param("version", version)
			.update();
		if (updated == 0) {
			return false;
		}
		List<StoredItem> unmatched = new ArrayList<>(existing.items());
		List<ReportDraft.Item> added = new ArrayList<>();
		for (ReportDraft.Item item : draft.items()) {
			StoredItem same = unmatched.stream()
				.filter((stored) -> stored.kind() == item.kind() && stored.originalText().equals(item.text()))
				.findFirst()
				.orElse(null);
			if (same == null) {
				added.add(item);
				continue;
			}
			unmatched.remove(same);
			this.jdbc
				.sql("UPDATE feedback_report_item SET position = :position, theme_code = :theme, updated_at = now(), "
						+ "version = version + 1 WHERE id = :id AND (position <> :position "
						+ "OR theme_code IS DISTINCT FROM :theme)")
				.param("position", item.position())
				.param("theme", item.theme())
				.param("id", same.id())
				.update();
		}
		for (StoredItem gone : unmatched) {
			this.jdbc.sql("DELETE FROM feedback_report_item WHERE id = ?").param(gone.id()).update();
		}
		insertItems(existing.id(), added);
		replaceLibraryItems(existing.id(), draft.libraryItems());
		return true;
	}

	private void replaceLibraryItems(long reportId, List<Long> itemIds) {
		this.jdbc.sql("DELETE FROM feedback_report_resource WHERE report_id = ?").param(reportId).update();
		for (int position = 0; position < itemIds.size(); position++) {
			this.jdbc.sql("INSERT INTO feedback_report_resource (report_id, item_id, position) VALUES (?, ?, ?)")
				.params(reportId, itemIds.get(position), position)
				.update();
		}
	}

	private void insertItems(long reportId, List<ReportDraft.Item> items) {
		for (ReportDraft.Item item : items) {
			this.jdbc
				.sql("INSERT INTO feedback_report_item (report_id, kind, position, theme_code, original_text, "
						+ "text, flags) VALUES (:report, :kind, :position, :theme, :text, :text, "
						+ "string_to_array(:flags, ','))")
				.param("report", reportId)
				.param("kind", item.kind().name())
				.param("position", item.position())
				.param("theme", item.theme())
				.param("text", item.text())
				.param("flags", String.join(",", PersonalDataDetector.codes(PersonalDataDetector.detect(item.text()))))
				.update();
		}
	}

	boolean isLocked(int year) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM feedback_year_lock WHERE year = ?)")
			.param(year)
			.query(Boolean.class)
			.single();
	}

	boolean lock(int year, long staffId) {
		return this.jdbc
			.sql("INSERT INTO feedback_year_lock (year, locked_by) VALUES (?, ?) ON CONFLICT (year) DO NOTHING")
			.params(year, staffId)
			.update() == 1;
	}

	boolean unlock(int year) {
		return this.jdbc.sql("DELETE FROM feedback_year_lock WHERE year = ?").param(year).update() == 1;
	}

	List<Integer> lockedYears() {
		return this.jdbc.sql("SELECT year FROM feedback_year_lock ORDER BY year DESC").query(Integer.class).list();
	}

	/** The cafés among these that have a report. */
	Set<Long> reported(Collection<Long> eventIds) {
		if (eventIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.jdbc.sql("SELECT event_id FROM feedback_report WHERE event_id IN (:ids)")
			.param("ids", eventIds)
			.query(Long.class)
			.list());
	}

	/**
	 * Claims a reminder: only the first caller for a café and a step gets {@code true},
	 * even on several nodes at once (the second waits for the first to commit).
	 */
	boolean claimReminder(long eventId, String step, long organiserId, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO feedback_report_reminder (event_id, step, organiser_id, sent_at)
				VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING
				""").params(eventId, step, organiserId, Timestamp.from(now)).update() == 1;
	}

	/** Reports a facilitator filed, or about the cafés they facilitate, latest first. */
	Page<ReportLine> mine(long accountId, Collection<Long> eventIds, Pageable page) {
		String where = " WHERE r.author_id = :account OR r.event_id IN (:ids)";
		List<Long> ids = eventIds.isEmpty() ? List.of(-1L) : List.copyOf(eventIds);
		List<ReportLine> lines = this.jdbc
			.sql(LINE + where + " ORDER BY r.held_on DESC, r.id DESC LIMIT :limit " + "OFFSET :offset")
			.param("account", accountId)
			.param("ids", ids)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query((rs, row) -> line(rs))
			.list();
		long total = this.jdbc.sql("SELECT count(*) FROM feedback_report r" + where)
			.param("account", accountId)
			.param("ids", ids)
			.query(Long.class)
			.single();
		return new PageImpl<>(lines, page, total);
	}

	/** Reports on cafés held in a year, latest first. */
	Page<ReportLine> ofYear(int year, Pageable page) {
		String where = " WHERE r.held_on >= make_date(:year, 1, 1) AND r.held_on < make_date(:year + 1, 1, 1)";
		List<ReportLine> lines = this.jdbc
			.sql(LINE + where + " ORDER BY r.held_on DESC, r.id DESC LIMIT :limit OFFSET :offset")
			.param("year", year)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query((rs, row) -> line(rs))
			.list();
		long total = this.jdbc.sql("SELECT count(*) FROM feedback_report r" + where)
			.param("year", year)
			.query(Long.class)
			.single();
		return new PageImpl<>(lines, page, total);
	}

	/** Reports on cafés of the portal held in a period, and catch-up reports. */
	Map<String, Long> countsBetween(LocalDate from, LocalDate to) {
		Map<String, Long> counts = new HashMap<>();
		this.jdbc.sql("""
				SELECT count(*) FILTER (WHERE event_id IS NOT NULL) AS portal,
				    count(*) FILTER (WHERE event_id IS NULL) AS catch_up
				FROM feedback_report WHERE held_on >= ? AND held_on < ?
				""").params(from, to).query((rs) -> {
			counts.put("portal", rs.getLong("portal"));
			counts.put("catchUp", rs.getLong("catch_up"));
		});
		return counts;
	}

	private static final String ITEM_LINE = """
			SELECT i.id, i.kind, i.theme_code, i.text, i.original_text, i.flags, i.curation, i.version, r.id AS report_id,
			    r.title, r.held_on, r.commune_name
			FROM feedback_report_item i JOIN feedback_report r ON r.id = i.report_id
			""";

	/** Items matching the filters, flagged ones first, then the latest cafés. */
	Page<CurationLine> items(CurationFilter filter, Pageable page) {
		Map<String, Object> params = new HashMap<>();
		String where = " WHERE " + filter.where(params);
		List<CurationLine> lines = this.jdbc
			.sql(ITEM_LINE + where
					+ " ORDER BY cardinality(i.flags) > 0 DESC, r.held_on DESC, i.id LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query((rs, row) -> curationLine(rs))
			.list();
		long total = this.jdbc.sql("SELECT count(*) FROM feedback_report_item i" + where)
			.params(params)
			.query(Long.class)
			.single();
		return new PageImpl<>(lines, page, total);
	}

	Optional<CurationLine> item(long id) {
		return this.jdbc.sql(ITEM_LINE + " WHERE i.id = ?").param(id).query((rs, row) -> curationLine(rs)).optional();
	}

	/**
	 * Changes an item's text and theme, flags detected again, if nobody changed it since
	 * {@code version}. A retained item whose new text is flagged goes back to be sorted:
	 * an edit never publishes personal data.
	 */
	boolean editItem(long id, String text, String theme, long version, long staffId) {
		return this.jdbc.sql("""
				UPDATE feedback_report_item SET text = :text, theme_code = :theme, flags = string_to_array(:flags, ','),
				    curated_by = :staff, curated_at = now(), updated_at = now(), version = version + 1,
				    curation = CASE WHEN :flags <> '' AND curation = 'RETAINED' THEN 'PENDING' ELSE curation END
				WHERE id = :id AND version = :version
				""")
			.param("text", text)
			.param("theme", theme)
			.param("flags", String.join(",", PersonalDataDetector.codes(PersonalDataDetector.detect(text))))
			.param("staff", staffId)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	boolean setCuration(long id, Curation curation, long version, long staffId) {
		return this.jdbc.sql("""
				UPDATE feedback_report_item SET curation = :curation, curated_by = :staff, curated_at = now(),
				    updated_at = now(), version = version + 1
				WHERE id = :id AND version = :version
				""")
			.param("curation", curation.name())
			.param("staff", staffId)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	private static CurationLine curationLine(ResultSet rs) throws SQLException {
		return new CurationLine(rs.getLong("id"), ItemKind.valueOf(rs.getString("kind")), rs.getString("theme_code"),
				rs.getString("text"), rs.getString("original_text"), strings(rs.getArray("flags")),
				Curation.valueOf(rs.getString("curation")), rs.getLong("version"), rs.getLong("report_id"),
				rs.getString("title"), rs.getObject("held_on", LocalDate.class), rs.getString("commune_name"));
	}

	private StoredReport withItems(StoredReport report) {
		List<StoredItem> items = this.jdbc
			.sql("SELECT * FROM feedback_report_item WHERE report_id = ? ORDER BY kind, position, id")
			.param(report.id())
			.query((rs, row) -> new StoredItem(rs.getLong("id"), ItemKind.valueOf(rs.getString("kind")),
					rs.getInt("position"), rs.getString("theme_code"), rs.getString("original_text"),
					rs.getString("text"), strings(rs.getArray("flags")), Curation.valueOf(rs.getString("curation"))))
			.list();
		List<Long> libraryItems = this.jdbc
			.sql("SELECT item_id FROM feedback_report_resource WHERE report_id = ? ORDER BY position, item_id")
			.param(report.id())
			.query(Long.class)
			.list();
		return new StoredReport(report.id(), report.eventId(), report.authorId(), report.title(), report.heldOn(),
				report.eventFormat(), report.communeName(), report.departementCode(), report.audiences(),
				report.participants(), report.firstTimers(), report.ages(), report.durationMinutes(),
				report.formatCode(), report.themes(), report.resourcesUsed(), report.runAgain(), report.version(),
				items, libraryItems);
	}

	private static Map<String, Object> params(ReportDraft draft) {
		Map<String, Object> params = new HashMap<>();
		ReportDraft.Where where = draft.where();
		params.put("title", where.title());
		params.put("heldOn", where.heldOn());
		params.put("eventFormat", where.format().name());
		params.put("insee", where.inseeCode());
		params.put("commune", where.communeName());
		params.put("dep", where.departementCode());
		params.put("region", where.regionCode());
		params.put("audiences", String.join(",", where.audiences()));
		params.put("participants", draft.participants());
		params.put("firstTimers", draft.firstTimers());
		for (int i = 0; i < 6; i++) {
			params.put("a" + i, draft.ages().get(i));
		}
		params.put("duration", draft.durationMinutes());
		params.put("formatCode", draft.formatCode());
		params.put("themes", String.join(",", draft.themes()));
		params.put("resources", draft.resourcesUsed());
		params.put("runAgain", draft.runAgain().name());
		return params;
	}

	private static StoredReport report(ResultSet rs) throws SQLException {
		List<Integer> ages = new ArrayList<>();
		for (String column : AGES.split(", ")) {
			int value = rs.getInt(column);
			ages.add(rs.wasNull() ? null : value);
		}
		Long eventId = rs.getObject("event_id", Long.class);
		return new StoredReport(rs.getLong("id"), eventId, rs.getLong("author_id"), rs.getString("title"),
				rs.getObject("held_on", LocalDate.class), EventFormat.valueOf(rs.getString("event_format")),
				rs.getString("commune_name"), rs.getString("departement_code"), strings(rs.getArray("audiences")),
				rs.getInt("participants"), rs.getInt("first_timers"), ages, rs.getInt("duration_minutes"),
				rs.getString("format_code"), strings(rs.getArray("themes")), rs.getString("resources_used"),
				RunAgain.valueOf(rs.getString("would_run_again")), rs.getLong("version"), List.of(), List.of());
	}

	private static ReportLine line(ResultSet rs) throws SQLException {
		Long eventId = rs.getObject("event_id", Long.class);
		return new ReportLine(rs.getLong("id"), eventId, rs.getString("title"),
				rs.getObject("held_on", LocalDate.class), rs.getString("commune_name"),
				rs.getString("departement_code"), rs.getInt("participants"), rs.getInt("items"), rs.getInt("pending"));
	}

	static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

}
