package fr.cnnumerique.cafeia.events;

/**
 * A published café was cancelled by its organisers: people registered should be told.
 *
 * @param eventId the café id
 * @param message the organisers' message to participants, possibly empty
 */
public record EventCancelled(long eventId, String message) {

}
