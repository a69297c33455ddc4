/**
 * Facilitators' profiles (internal to the directory module).
 * <p>
 * The facilitator edits one profile per account at {@code /espace/profil}. The draft
 * lives in {@code facilitator_profile}; the last approved version in
 * {@code facilitator_listing}, the only one the public sees
 * ({@code /annuaire/animateurs}, {@code /annuaire/animateurs/{id}-{slug}}) and the only
 * one {@link fr.cnnumerique.cafeia.directory.FacilitatorDirectory} reads. Every save of
 * an opted-in profile is submitted to the moderation queue as content type
 * {@code facilitator}; decisions are applied by {@link FacilitatorProfiles}:
 * <ul>
 * <li>approved: the draft is copied to the listing (ignored if the facilitator opted out
 * meanwhile);</li>
 * <li>changes requested: the public keeps the last approved version; if the version sent
 * back is the one listed (a trusted author's, published at once), it is removed;</li>
 * <li>rejected, or unpublished by staff: the listing is removed until an edit is
 * approved;</li>
 * <li>opting out removes the listing at once and withdraws the profile from the queue; a
 * suspended account's profile is hidden until reactivation; a deleted account's profile
 * is erased.</li>
 * </ul>
 * The contact relay ({@code /annuaire/animateurs/{id}-{slug}/contact}) mails the
 * facilitator through the outbox with the sender's address in the body; no address is
 * ever shown on the site.
 */
package fr.cnnumerique.cafeia.directory.facilitator;
