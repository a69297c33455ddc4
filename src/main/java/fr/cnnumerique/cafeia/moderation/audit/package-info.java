/**
 * The audit log pages of the back-office: {@code /admin/journal} lists, searches, filters
 * and pages every entry of the append-only {@code audit_log}, {@code /admin/journal.csv}
 * exports the same selection. Nothing here writes to the log.
 */
package fr.cnnumerique.cafeia.moderation.audit;
