package fr.cnnumerique.cafeia.feedback.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.cnnumerique.cafeia.feedback.curation.Curation;
import fr.cnnumerique.cafeia.feedback.curation.CurationQuery;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the list of items to curate, read from the query string: the filters
 * every curation list has ({@link CurationQuery}), theme and kind; unknown values are
 * ignored rather than refused.
 *
 * @param flagged {@code oui} for flagged items only, {@code non} for the others, empty
 * for all
 * @param theme a theme code, empty for all
 * @param kind an item kind, {@code null} for all
 * @param curation a status, {@code null} for all
 */
record CurationFilter(String flagged, String theme, ItemKind kind, Curation curation) {

	static CurationFilter of(String flagged, String theme, String kind, String status) {
		CurationQuery query = CurationQuery.of(flagged, status);
		String t = (theme != null && theme.matches("[a-z0-9-]{1,80}")) ? theme : "";
		return new CurationFilter(query.flagged(), t, ItemKind.parse(kind), query.curation());
	}

	private CurationQuery query() {
		return new CurationQuery(this.flagged, this.curation);
	}

	/** The status parameter to put back in links. */
	public String status() {
		return query().status();
	}

	/** The SQL condition and its parameters, over {@code feedback_report_item i}. */
	String where(Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		conditions.add("true");
		query().where(conditions, params, "i.flags", "i.curation");
		if (!this.theme.isEmpty()) {
			conditions.add("i.theme_code = :theme");
			params.put("theme", this.theme);
		}
		if (this.kind != null) {
			conditions.add("i.kind = :kind");
			params.put("kind", this.kind.name());
		}
		return String.join(" AND ", conditions);
	}

	/** The list's URL with these filters, without a page number. */
	String url(String path) {
		Map<String, String> own = new LinkedHashMap<>();
		own.put("theme", this.theme);
		own.put("type", (this.kind != null) ? this.kind.name() : "");
		return query().url(UriComponentsBuilder.fromPath(path), own);
	}

}
