package fr.cnnumerique.cafeia.events.management;

/**
 * Where an in-person or hybrid café takes place, as copied from the directory venue.
 *
 * @param venueId the directory venue id
 * @param venueName the venue's name
 * @param street street address
 * @param postalCode postal code
 * @param inseeCode INSEE code of the commune
 * @param communeName the commune
 * @param departementCode the commune's département
 * @param regionCode the commune's région
 * @param latitude WGS 84 latitude
 * @param longitude WGS 84 longitude
 */
public record EventPlace(long venueId, String venueName, String street, String postalCode, String inseeCode,
		String communeName, String departementCode, String regionCode, double latitude, double longitude) {

}
