/**
 * Directory: facilitators' public profiles and the venues (lieux) where cafés IA can take
 * place, searchable near a commune, with the contact relay that puts facilitators and
 * venues in touch without showing anyone's address. Everything published goes through the
 * moderation queue; the public sees the last approved version.
 * <p>
 * Sub-packages: {@code facilitator} (profiles, contact relay) and {@code venue} (venues,
 * geocoding, open data). API types stay in this package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory",
		allowedDependencies = { "shared", "territory", "accounts", "moderation", "notifications", "taxonomy" })
package fr.cnnumerique.cafeia.directory;
