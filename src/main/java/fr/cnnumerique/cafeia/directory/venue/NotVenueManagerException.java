package fr.cnnumerique.cafeia.directory.venue;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Someone who neither manages a venue nor is staff tried to edit it: the 403 page.
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
class NotVenueManagerException extends RuntimeException {

	NotVenueManagerException(long venueId, long accountId) {
		super("Account " + accountId + " does not manage venue " + venueId);
	}

}
