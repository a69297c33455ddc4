package fr.cnnumerique.cafeia.directory.venue;

import java.util.List;

import fr.cnnumerique.cafeia.directory.venue.Geocoder.GeoPoint;

/**
 * Criteria of the public directory; {@code null} or empty for "any".
 *
 * @param name part of the venue's name
 * @param near centre of the search
 * @param radiusKm radius around {@code near}
 * @param type type code
 * @param accessibility accessibility codes the venue must all offer
 * @param readyToHost only venues ready to host cafés IA
 */
record VenueSearch(String name, GeoPoint near, int radiusKm, String type, List<String> accessibility,
		boolean readyToHost) {

}
