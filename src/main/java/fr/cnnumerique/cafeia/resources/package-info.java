/**
 * Resources: the library of teaching material facilitators share (kits, sheets, slide
 * decks, games…), with its licences and generated attributions, versions and derived
 * works, files and full-text search.
 * <p>
 * Sub-packages, each internal:
 * <ul>
 * <li>{@code library}: {@code /ressources} (French full-text search without accents,
 * filters, sort, pagination), item pages {@code /ressources/{id}-{slug}} with their
 * attribution, versions, "adapté de" chain and downloads, the facilitator space
 * {@code /espace/ressources} (create, edit, new version, unpublish) and the open-data
 * exports {@code /ressources.csv} and {@code /ressources.json};</li>
 * <li>{@code files}: the {@code FileStore} port and its disk adapter
 * ({@code cafeia.files.directory}), the type allowlist decided from content (Tika) and
 * the size limit ({@code cafeia.files.max-size}).</li>
 * </ul>
 * Other modules read published items through {@code ResourceLibrary} (by ids, or by the
 * address, number or title a facilitator types) and refer to them by id.
 * <p>
 * Every save goes through the moderation queue as content type {@code resource}; drafts
 * and last approved versions live in separate tables, decision listeners set states, so a
 * decision delivered twice changes nothing, and the public keeps the last approved
 * version (and its files) while an edit or a new version waits for a decision.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Resources",
		allowedDependencies = { "shared", "accounts", "moderation", "taxonomy" })
package fr.cnnumerique.cafeia.resources;
