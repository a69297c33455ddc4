/**
 * Moderation: the one queue through which everything facilitators publish reaches the
 * public, the decisions and their reasons, visitor reports (signalements), trusted
 * authors, the staff back-office and the append-only audit log of every staff action.
 * Depends on no content module: content modules submit references and listen for the
 * decision events.
 * <p>
 * API for content modules:
 * <ul>
 * <li>{@link fr.cnnumerique.cafeia.moderation.ModerationQueue#submit} with a
 * {@link fr.cnnumerique.cafeia.moderation.Submission} on every creation and edit (a
 * re-submission of the same type and id replaces the previous one); a trusted author's
 * content is published at once and still listed for review;
 * {@link fr.cnnumerique.cafeia.moderation.ModerationQueue#statusOf} and
 * {@link fr.cnnumerique.cafeia.moderation.ModerationQueue#withdraw} for deleted
 * content;</li>
 * <li>listen with {@code @ApplicationModuleListener} for
 * {@link fr.cnnumerique.cafeia.moderation.ContentApproved} (show),
 * {@link fr.cnnumerique.cafeia.moderation.ContentRejected},
 * {@link fr.cnnumerique.cafeia.moderation.ChangesRequested} and
 * {@link fr.cnnumerique.cafeia.moderation.ContentUnpublished} (hide); events are
 * persisted in {@code event_publication} in the deciding transaction and re-delivered at
 * start-up when a listener did not complete, so listeners must be idempotent;</li>
 * <li>include {@code moderation/fragments :: report-link(type, id)} on every public
 * content page: it leads to the public report form {@code /signaler?type=&id=}.</li>
 * </ul>
 * API for staff features: {@link fr.cnnumerique.cafeia.moderation.AuditLog} (written in
 * the caller's transaction) and {@link fr.cnnumerique.cafeia.moderation.TrustedAuthors}.
 * <p>
 * Staff pages (sub-package {@code queue}, internal): {@code /moderation} (pending, oldest
 * first, by type and age), {@code /moderation/a-relire} (published by trusted authors),
 * {@code /moderation/{id}} (preview, line differences from the last approved version,
 * decision with a reason from {@code cafeia.moderation.reasons}),
 * {@code /moderation/signalements} (unpublish or dismiss) and the administrators'
 * dashboard {@code /admin}. Decisions use optimistic locking on the item's version (the
 * loser gets a 409 page that keeps what they typed), are audited, and mail the author
 * through the outbox. Nobody moderates their own content.
 * <p>
 * {@code moderation.users} is the users back-office ({@code /admin/utilisateurs}, for
 * administrators): search, roles, trust, suspension, reset of a staff member's second
 * factor, each audited in the transaction of the change, through the accounts module's
 * {@code AccountAdministration}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Moderation",
		allowedDependencies = { "shared", "accounts", "notifications" })
package fr.cnnumerique.cafeia.moderation;
