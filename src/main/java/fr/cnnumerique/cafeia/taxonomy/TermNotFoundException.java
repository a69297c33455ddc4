package fr.cnnumerique.cafeia.taxonomy;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No term has this id; shown as the 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class TermNotFoundException extends RuntimeException {

	TermNotFoundException(long id) {
		super("No taxonomy term " + id);
	}

}
