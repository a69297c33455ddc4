package fr.cnnumerique.cafeia.resources.library;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Someone who is neither the item's author nor staff tried to change it: the 404 page, as
 * for every piece of someone else's content in the facilitator space (see
 * docs/security.md).
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotAuthorException extends RuntimeException {

	NotAuthorException(long itemId, long accountId) {
		super("Account " + accountId + " is not the author of library item " + itemId);
	}

}
