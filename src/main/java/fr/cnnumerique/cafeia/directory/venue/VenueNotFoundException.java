package fr.cnnumerique.cafeia.directory.venue;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such venue, or none the visitor may see: shown as the 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class VenueNotFoundException extends RuntimeException {

	VenueNotFoundException(long id) {
		super("No venue " + id);
	}

}
