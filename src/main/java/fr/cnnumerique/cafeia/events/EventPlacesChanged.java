package fr.cnnumerique.cafeia.events;

/**
 * A public café now offers more places (a higher capacity, or none): people on its
 * waiting list may get one.
 *
 * @param eventId the café id
 */
public record EventPlacesChanged(long eventId) {

}
