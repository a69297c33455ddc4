/**
 * Moderation: the one queue through which everything facilitators publish reaches the
 * public, the decisions and their reasons, visitor reports (signalements), trusted
 * authors, the staff back-office and the append-only audit log of every staff action.
 * Depends on no content module: content modules submit references and listen for the
 * decision events.
 * <p>
 * {@code moderation.users} is the users back-office ({@code /admin/utilisateurs}, for
 * administrators): search, roles, trust, suspension, reset of a staff member's second
 * factor, each audited in the transaction of the change, through the accounts module's
 * {@code AccountAdministration}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Moderation",
		allowedDependencies = { "shared", "accounts", "notifications" })
package fr.cnnumerique.cafeia.moderation;
