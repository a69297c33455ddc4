package fr.cnnumerique.cafeia.feedback.curation;

import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters every curation list has, read from the query string: unknown values are
 * ignored rather than refused, so a forged link shows the default list.
 *
 * @param flagged {@code oui} for flagged texts only, {@code non} for the others, empty
 * for all
 * @param curation a status, {@code null} for all
 */
public record CurationQuery(String flagged, Curation curation) {

	/** Status shown when the query names none: what is left to do. */
	public static final Curation DEFAULT_STATUS = Curation.PENDING;

	/** The query parameter value meaning every status. */
	public static final String ALL = "tous";

	/**
	 * The filters of a query string.
	 * @param flagged the {@code signale} parameter
	 * @param status the {@code statut} parameter
	 * @return the filters, defaults for unknown values
	 */
	public static CurationQuery of(String flagged, String status) {
		String f = ("oui".equals(flagged) || "non".equals(flagged)) ? flagged : "";
		return new CurationQuery(f, (status == null) ? DEFAULT_STATUS : Curation.parse(status));
	}

	/**
	 * A page number from the query string.
	 * @param page the {@code page} parameter
	 * @return the zero-based page, 0 for a missing or malformed value
	 */
	public static int pageIndex(String page) {
		return (page != null && page.matches("[0-9]{1,6}")) ? Math.max(Integer.parseInt(page), 1) - 1 : 0;
	}

	/**
	 * Where to go back after a decision taken from a filtered list: the list as it was
	 * when it is one of its own URLs, the bare list otherwise (never another site).
	 * @param back the {@code retour} parameter
	 * @param list the list's path
	 * @return a local URL
	 */
	public static String back(String back, String list) {
		return (back != null && back.startsWith(list)
				&& back.substring(list.length()).matches("(\\?[A-Za-z0-9=&%_.-]*)?")) ? back : list;
	}

	/** The status parameter to put back in links. */
	public String status() {
		return (this.curation != null) ? this.curation.name() : ALL;
	}

	/**
	 * Adds the SQL conditions of these filters.
	 * @param conditions where to add them, joined with {@code AND} by the caller
	 * @param params the named parameters, {@code curation} added when needed
	 * @param flagsColumn the {@code text[]} column of the flags
	 * @param statusColumn the column of the status
	 */
	public void where(List<String> conditions, Map<String, Object> params, String flagsColumn, String statusColumn) {
		if ("oui".equals(this.flagged)) {
			conditions.add("cardinality(" + flagsColumn + ") > 0");
		}
		else if ("non".equals(this.flagged)) {
			conditions.add("cardinality(" + flagsColumn + ") = 0");
		}
		if (this.curation != null) {
			conditions.add(statusColumn + " = :curation");
			params.put("curation", this.curation.name());
		}
	}

	/**
	 * Adds these filters to a list's URL, the flag first, the status last.
	 * @param builder the URL with the list's own filters
	 * @param others the list's own filters, in order, empty ones left out
	 * @return the URL, without a page number
	 */
	public String url(UriComponentsBuilder builder, Map<String, String> others) {
		if (!this.flagged.isEmpty()) {
			builder.queryParam("signale", this.flagged);
		}
		others.forEach((name, value) -> {
			if (value != null && !value.isEmpty()) {
				builder.queryParam(name, value);
			}
		});
		builder.queryParam("statut", status());
		return builder.build().toUriString();
	}

}
