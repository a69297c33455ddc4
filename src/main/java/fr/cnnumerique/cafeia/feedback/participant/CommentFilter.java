package fr.cnnumerique.cafeia.feedback.participant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.cnnumerique.cafeia.feedback.curation.Curation;
import fr.cnnumerique.cafeia.feedback.curation.CurationQuery;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the list of participants' comments: those every curation list has, and
 * the year of the café; unknown values are ignored rather than refused.
 *
 * @param flagged {@code oui}, {@code non} or empty
 * @param curation a status, {@code null} for all
 * @param year a year of cafés, {@code null} for all
 */
record CommentFilter(String flagged, Curation curation, Integer year) {

	static CommentFilter of(String flagged, String status, String year) {
		CurationQuery query = CurationQuery.of(flagged, status);
		Integer y = (year != null && year.matches("(19|20|21)[0-9]{2}")) ? Integer.valueOf(year) : null;
		return new CommentFilter(query.flagged(), query.curation(), y);
	}

	private CurationQuery query() {
		return new CurationQuery(this.flagged, this.curation);
	}

	/**
	 * The SQL condition and its parameters, over {@code feedback_participant_answer a}.
	 */
	String where(Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		conditions.add("a.comment IS NOT NULL");
		query().where(conditions, params, "a.comment_flags", "a.comment_status");
		if (this.year != null) {
			conditions.add("a.event_date >= make_date(:year, 1, 1) AND a.event_date < make_date(:year + 1, 1, 1)");
			params.put("year", this.year);
		}
		return String.join(" AND ", conditions);
	}

	/** The list's URL with these filters, without a page number. */
	String url(String path) {
		Map<String, String> own = new LinkedHashMap<>();
		own.put("annee", (this.year != null) ? this.year.toString() : "");
		return query().url(UriComponentsBuilder.fromPath(path), own);
	}

}
