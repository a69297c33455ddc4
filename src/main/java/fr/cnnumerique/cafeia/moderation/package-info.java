/**
 * Moderation: the one queue through which everything facilitators publish reaches the
 * public, the decisions and their reasons, visitor reports (signalements), trusted
 * authors, the staff back-office and the append-only audit log of every staff action.
 * Depends on no content module: content modules submit references and listen for the
 * decision events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Moderation",
		allowedDependencies = { "shared", "accounts", "notifications" })
package fr.cnnumerique.cafeia.moderation;
