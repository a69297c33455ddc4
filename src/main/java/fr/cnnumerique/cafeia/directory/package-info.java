/**
 * Directory: facilitators' public profiles and the venues (lieux) where cafés IA can take
 * place, searchable near a commune, with the contact relay that puts facilitators and
 * venues in touch without showing anyone's address. Everything published goes through the
 * moderation queue; the public sees the last approved version.
 * <p>
 * Sub-packages: {@code facilitator} (profiles, contact relay), {@code venue} (venues,
 * their contact relay, geocoding, open data) and {@code matching} (the matching page of
 * the facilitator's space). API types stay in this package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory",
		allowedDependencies = { "shared", "territory", "accounts", "moderation", "notifications", "taxonomy" })
package fr.cnnumerique.cafeia.directory;
