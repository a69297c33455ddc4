package fr.cnnumerique.cafeia.events.search;

import fr.cnnumerique.cafeia.events.EventSummary;

/**
 * A café in a public list or feed.
 *
 * @param event the café with its approved texts
 * @param distanceKm distance from the centre of the search, {@code null} when the search
 * was not around a point or the café is online
 * @param placesLeft places left when registration is on the portal with a capacity;
 * {@code null} otherwise
 */
public record EventListing(EventSummary event, Double distanceKm, Integer placesLeft) {

}
