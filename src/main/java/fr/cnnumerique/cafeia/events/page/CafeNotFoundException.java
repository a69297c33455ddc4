package fr.cnnumerique.cafeia.events.page;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such café, or none the public may see (draft, submitted, unpublished): shown as the
 * 404 page, without telling which.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class CafeNotFoundException extends RuntimeException {

	CafeNotFoundException(long id) {
		super("No public café " + id);
	}

}
