/**
 * Events: the cafés IA themselves, single or in recurring series, in person at a
 * directory venue, online or hybrid; their publication through the moderation queue, the
 * public search near a commune, the map data, the café pages and the open feeds
 * (iCalendar, GeoJSON, CSV).
 * <p>
 * API: {@link fr.cnnumerique.cafeia.events.EventCalendar} (cafés by id),
 * {@link fr.cnnumerique.cafeia.events.EventSummary}, the facts
 * {@link fr.cnnumerique.cafeia.events.EventChanged} and
 * {@link fr.cnnumerique.cafeia.events.EventCancelled}, and the port
 * {@link fr.cnnumerique.cafeia.events.EventAttendance} the registrations module
 * implements to show places left.
 * <p>
 * Sub-packages, each internal:
 * <ul>
 * <li>{@code management}: the café entity and its series, what organisers do in
 * {@code /espace/cafes} (create, edit, duplicate, series, cancel), moderation decisions;
 * texts are kept as saved and as last approved, the public reads the approved ones;</li>
 * <li>{@code search}: the public list {@code /cafes} with its filters, the map and its
 * server-side clusters, the open feeds;</li>
 * <li>{@code page}: the café page, its calendar file, the home page's cafés.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events", allowedDependencies = { "shared", "territory",
		"accounts", "moderation", "notifications", "taxonomy", "directory" })
package fr.cnnumerique.cafeia.events;
