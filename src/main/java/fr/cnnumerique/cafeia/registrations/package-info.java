/**
 * Registrations: people sign up for cafés that take registrations on the portal, without
 * an account; places are taken in the database so a café is never overbooked, a waiting
 * list fills the places freed; confirmation, waiting-list, promotion and reminder mails
 * carry a private link to manage the registration; personal data is erased some time
 * after the café, counts are kept.
 * <p>
 * Implements {@link fr.cnnumerique.cafeia.events.EventAttendance} so that lists of cafés
 * show places left.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registrations",
		allowedDependencies = { "shared", "events", "notifications", "accounts" })
package fr.cnnumerique.cafeia.registrations;
