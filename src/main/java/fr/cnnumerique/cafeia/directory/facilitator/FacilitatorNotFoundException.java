package fr.cnnumerique.cafeia.directory.facilitator;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No public profile has this id (unknown, private, awaiting its first approval, taken off
 * the site or of a suspended account); shown as the 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class FacilitatorNotFoundException extends RuntimeException {

	FacilitatorNotFoundException(long id) {
		super("No public facilitator profile " + id);
	}

}
