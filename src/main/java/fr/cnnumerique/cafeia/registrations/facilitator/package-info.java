/**
 * What the facilitators of a café see of its registrations, under
 * {@code /espace/cafes/{id}/inscrits}: counts, the confirmed and waiting lists with the
 * needs people wrote, a CSV export, a message to every registrant (through the outbox, a
 * few per café and per day), closing registrations early, the waiting list switch, and
 * attendance once the café has started.
 * <p>
 * Only the café's organiser and co-facilitators see names and addresses; anyone else gets
 * the 404 page, so the existence of another café's registrants is not even confirmed.
 * Moderators and administrators who do not run the café see the counts only, for support,
 * never the people.
 */
package fr.cnnumerique.cafeia.registrations.facilitator;
