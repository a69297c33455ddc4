package fr.cnnumerique.cafeia.resources.library;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such library item or file, or none the visitor may see: shown as the 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ItemNotFoundException extends RuntimeException {

	ItemNotFoundException(long id) {
		super("No library item or file " + id);
	}

}
