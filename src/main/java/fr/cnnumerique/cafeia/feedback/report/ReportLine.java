package fr.cnnumerique.cafeia.feedback.report;

import java.time.LocalDate;

/**
 * One line of a list of reports.
 *
 * @param id the report id
 * @param eventId the café of the portal, {@code null} for a catch-up report
 * @param title the café's title, {@code null} when none was given
 * @param heldOn the day of the café
 * @param communeName its commune, {@code null} online
 * @param departementCode its département, {@code null} online
 * @param participants people present
 * @param items free texts in the report
 * @param pending free texts staff have not curated yet
 */
record ReportLine(long id, Long eventId, String title, LocalDate heldOn, String communeName, String departementCode,
		int participants, int items, int pending) {

	/** Where the facilitator edits the report. */
	public String editPath() {
		return (this.eventId != null) ? "/espace/cafes/" + this.eventId + "/bilan" : "/espace/bilans/" + this.id;
	}

}
