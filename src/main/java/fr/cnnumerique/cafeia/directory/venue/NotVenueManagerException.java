package fr.cnnumerique.cafeia.directory.venue;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Someone who neither manages a venue nor is staff tried to edit it: the 404 page, as for
 * every piece of someone else's content in the facilitator space (a 403 would confirm
 * that the venue exists and is worth trying; see docs/security.md).
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotVenueManagerException extends RuntimeException {

	NotVenueManagerException(long venueId, long accountId) {
		super("Account " + accountId + " does not manage venue " + venueId);
	}

}
