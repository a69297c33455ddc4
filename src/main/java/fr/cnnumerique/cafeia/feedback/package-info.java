/**
 * Feedback: what was said in every café. Facilitators file a report after each café
 * (participants, themes discussed, questions, concerns and proposals raised), or declare
 * a café held off the portal; participants give anonymous feedback from a link or a QR
 * code; anyone sends an idea through the idea box. Free-text items reach public outputs
 * only after staff curation.
 * <p>
 * Sub-packages, each internal:
 * <ul>
 * <li>{@code report}: {@code /espace/cafes/{id}/bilan}, the catch-up form,
 * reminders;</li>
 * <li>{@code participant}: {@code /avis/{token}}, its QR code, aggregates for the
 * facilitators;</li>
 * <li>{@code ideas}: {@code /contribuer} and the staff inbox.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback", allowedDependencies = { "shared", "territory",
		"events", "accounts", "moderation", "notifications", "taxonomy", "resources" })
package fr.cnnumerique.cafeia.feedback;
