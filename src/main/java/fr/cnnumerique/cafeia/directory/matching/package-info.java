/**
 * Matching ("mise en relation", internal to the directory module): in the facilitator's
 * space, venues ready to host within a facilitator's travel distance, and facilitators
 * near the venues they manage, each with a link to the contact relay. Reads only the
 * module's API ({@link fr.cnnumerique.cafeia.directory.FacilitatorDirectory},
 * {@link fr.cnnumerique.cafeia.directory.VenueDirectory}); stores nothing.
 */
package fr.cnnumerique.cafeia.directory.matching;
