/**
 * Reports: the figures of the programme for staff and the public. Statistics for any
 * period and territory ({@code /admin/statistiques}) and the annual report
 * ({@code /admin/rapport/{année}}, published at {@code /rapport/{année}}) as a page, a
 * PDF and a ZIP of anonymised CSV files with their Table Schemas. Reads only the
 * summaries other modules publish (aggregates computed in SQL by their owners) and
 * curated texts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports", allowedDependencies = { "shared", "territory",
		"accounts", "taxonomy", "events", "directory", "resources", "feedback" })
package fr.cnnumerique.cafeia.reports;
