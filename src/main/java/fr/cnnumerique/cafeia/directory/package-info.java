/**
 * Directory: facilitators' public profiles and the venues (lieux) where cafés IA can take
 * place, searchable near a commune, with the contact relay that puts facilitators and
 * venues in touch without showing anyone's address. Everything published goes through the
 * moderation queue; the public sees the last approved version.
 * <p>
 * Sub-packages, each internal:
 * <ul>
 * <li>{@code facilitator}: {@code /espace/profil}, {@code /annuaire/animateurs} (search
 * near a commune, filters), profile pages and their contact relay; API
 * {@link fr.cnnumerique.cafeia.directory.FacilitatorDirectory};</li>
 * <li>{@code venue}: {@code /espace/lieux}, {@code /annuaire/lieux} (search, map with
 * server-side clusters {@code /annuaire/lieux.geojson}), venue pages, the open-data CSV
 * to the national schema of digital mediation places, {@code /donnees}, and the
 * {@code Geocoder} port (national address API, commune-centre fallback); API
 * {@link fr.cnnumerique.cafeia.directory.VenueDirectory}; venues of whom every manager is
 * suspended are hidden, and venues have a contact relay to all their managers;</li>
 * <li>{@code matching}: {@code /espace/mise-en-relation}, ready-to-host venues within a
 * facilitator's travel distance, and facilitators near the venues one manages.</li>
 * </ul>
 * API types stay in this package. Drafts and last approved versions live in separate
 * tables; decision listeners set states, so a decision delivered twice changes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory",
		allowedDependencies = { "shared", "territory", "accounts", "moderation", "notifications", "taxonomy" })
package fr.cnnumerique.cafeia.directory;
