package fr.cnnumerique.cafeia.events;

/**
 * A published café changed its time, place or joining link: people registered should be
 * told, with an updated calendar file.
 *
 * @param eventId the café id
 * @param sequence the café's new iCalendar {@code SEQUENCE}
 */
public record EventChanged(long eventId, int sequence) {

}
