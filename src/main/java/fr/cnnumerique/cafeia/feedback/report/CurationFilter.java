package fr.cnnumerique.cafeia.feedback.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the list of items to curate, read from the query string: unknown values
 * are ignored rather than refused.
 *
 * @param flagged {@code oui} for flagged items only, {@code non} for the others, empty
 * for all
 * @param theme a theme code, empty for all
 * @param kind an item kind, {@code null} for all
 * @param curation a status, {@code null} for all
 */
record CurationFilter(String flagged, String theme, ItemKind kind, Curation curation) {

	/** Status shown when the query names none: what is left to do. */
	static final Curation DEFAULT_STATUS = Curation.PENDING;

	/** The query parameter value meaning every status. */
	static final String ALL = "tous";

	static CurationFilter of(String flagged, String theme, String kind, String status) {
		String f = ("oui".equals(flagged) || "non".equals(flagged)) ? flagged : "";
		String t = (theme != null && theme.matches("[a-z0-9-]{1,80}")) ? theme : "";
		Curation c = (status == null) ? DEFAULT_STATUS : Curation.parse(status);
		return new CurationFilter(f, t, ItemKind.parse(kind), c);
	}

	/** The status parameter to put back in links. */
	public String status() {
		return (this.curation != null) ? this.curation.name() : ALL;
	}

	/** The SQL condition and its parameters, over {@code feedback_report_item i}. */
	String where(Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		conditions.add("true");
		if ("oui".equals(this.flagged)) {
			conditions.add("cardinality(i.flags) > 0");
		}
		else if ("non".equals(this.flagged)) {
			conditions.add("cardinality(i.flags) = 0");
		}
		if (!this.theme.isEmpty()) {
			conditions.add("i.theme_code = :theme");
			params.put("theme", this.theme);
		}
		if (this.kind != null) {
			conditions.add("i.kind = :kind");
			params.put("kind", this.kind.name());
		}
		if (this.curation != null) {
			conditions.add("i.curation = :curation");
			params.put("curation", this.curation.name());
		}
		return String.join(" AND ", conditions);
	}

	/** The list's URL with these filters, without a page number. */
	String url(String path) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("signale", this.flagged);
		query.put("theme", this.theme);
		query.put("type", (this.kind != null) ? this.kind.name() : "");
		query.put("statut", status());
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		query.forEach((name, value) -> {
			if (!value.isEmpty()) {
				builder.queryParam(name, value);
			}
		});
		return builder.build().toUriString();
	}

}
