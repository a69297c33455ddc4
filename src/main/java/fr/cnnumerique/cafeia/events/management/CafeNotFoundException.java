package fr.cnnumerique.cafeia.events.management;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such café, or none the account may manage: shown as the 404 page, so that nobody
 * learns of another organiser's drafts.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class CafeNotFoundException extends RuntimeException {

	CafeNotFoundException(long id) {
		super("No café " + id + " to manage");
	}

}
