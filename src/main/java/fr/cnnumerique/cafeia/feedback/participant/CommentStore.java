package fr.cnnumerique.cafeia.feedback.participant;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.cnnumerique.cafeia.feedback.ParticipantComments.RetainedComment;
import fr.cnnumerique.cafeia.feedback.curation.Curation;
import fr.cnnumerique.cafeia.feedback.report.PersonalDataDetector;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Participants' comments as staff curate them, in SQL over
 * {@code feedback_participant_answer}.
 */
@Repository
class CommentStore {

	private static final String LINE = """
			SELECT a.id, a.comment, a.original_comment, a.comment_flags, a.comment_status, a.version, a.event_date,
			    a.departement_code, a.satisfaction
			FROM feedback_participant_answer a
			""";

	private final JdbcClient jdbc;

	CommentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Comments matching the filters, flagged ones first, then the latest cafés. */
	Page<CommentLine> comments(CommentFilter filter, Pageable page) {
		Map<String, Object> params = new HashMap<>();
		String where = " WHERE " + filter.where(params);
		List<CommentLine> lines = this.jdbc.sql(LINE + where
				+ " ORDER BY cardinality(a.comment_flags) > 0 DESC, a.event_date DESC, a.id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query((rs, row) -> line(rs))
			.list();
		long total = this.jdbc.sql("SELECT count(*) FROM feedback_participant_answer a" + where)
			.params(params)
			.query(Long.class)
			.single();
		return new PageImpl<>(lines, page, total);
	}

	/** The years that have comments, latest first. */
	List<Integer> years() {
		return this.jdbc.sql("""
				SELECT DISTINCT extract(year FROM event_date)::int AS y FROM feedback_participant_answer
				WHERE comment IS NOT NULL ORDER BY y DESC
				""").query(Integer.class).list();
	}

	Optional<CommentLine> comment(long id) {
		return this.jdbc.sql(LINE + " WHERE a.id = ? AND a.comment IS NOT NULL")
			.param(id)
			.query((rs, row) -> line(rs))
			.optional();
	}

	/**
	 * Changes a comment's text, flags detected again, the participant's text kept the
	 * first time, if nobody changed it since {@code version}. A retained comment whose
	 * new text is flagged goes back to be sorted: an edit never publishes personal data.
	 */
	boolean edit(long id, String text, long version, long staffId) {
		return this.jdbc.sql("""
				UPDATE feedback_participant_answer SET original_comment = coalesce(original_comment, comment),
				    comment = :text, comment_flags = string_to_array(:flags, ','), comment_curated_by = :staff,
				    comment_curated_at = now(), updated_at = now(), version = version + 1,
				    comment_status = CASE WHEN :flags <> '' AND comment_status = 'RETAINED' THEN 'PENDING'
				                          ELSE comment_status END
				WHERE id = :id AND version = :version AND comment IS NOT NULL
				""")
			.param("text", text)
			.param("flags", String.join(",", PersonalDataDetector.flags(text)))
			.param("staff", staffId)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	boolean setCuration(long id, Curation curation, long version, long staffId) {
		return this.jdbc.sql("""
				UPDATE feedback_participant_answer SET comment_status = :curation, comment_curated_by = :staff,
				    comment_curated_at = now(), updated_at = now(), version = version + 1
				WHERE id = :id AND version = :version AND comment IS NOT NULL
				""")
			.param("curation", curation.name())
			.param("staff", staffId)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	List<RetainedComment> retained(LocalDate from, LocalDate toExclusive) {
		return this.jdbc.sql("""
				SELECT id, event_date, departement_code, region_code, satisfaction, comment
				FROM feedback_participant_answer
				WHERE comment_status = 'RETAINED' AND event_date >= ? AND event_date < ?
				ORDER BY event_date, id
				""")
			.params(from, toExclusive)
			.query((rs, row) -> new RetainedComment(rs.getLong("id"), rs.getObject("event_date", LocalDate.class),
					rs.getString("departement_code"), rs.getString("region_code"), rs.getInt("satisfaction"),
					rs.getString("comment")))
			.list();
	}

	private static CommentLine line(ResultSet rs) throws SQLException {
		return new CommentLine(rs.getLong("id"), rs.getString("comment"), rs.getString("original_comment"),
				strings(rs.getArray("comment_flags")), Curation.valueOf(rs.getString("comment_status")),
				rs.getLong("version"), rs.getObject("event_date", LocalDate.class), rs.getString("departement_code"),
				rs.getInt("satisfaction"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

}
