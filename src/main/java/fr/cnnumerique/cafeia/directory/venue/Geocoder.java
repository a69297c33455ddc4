package fr.cnnumerique.cafeia.directory.venue;

import java.util.Optional;

/**
 * Finds the point of a street address. Implementations answer quickly or not at all:
 * callers fall back to the commune centre when the answer is empty.
 */
interface Geocoder {

	/**
	 * The point of an address.
	 * @param street number and street
	 * @param postalCode five-digit postal code
	 * @param inseeCode INSEE code of the commune, to reject answers from another commune
	 * @return the point, empty when the address is not found, the service is off, slow or
	 * failing
	 */
	Optional<GeoPoint> locate(String street, String postalCode, String inseeCode);

	/** A WGS 84 point. */
	record GeoPoint(double latitude, double longitude) {
	}

}
