package fr.cnnumerique.cafeia.feedback.participant;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such café, or not one the person runs: the same 404 for both, so that nobody learns
 * which cafés exist.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotYourCafeException extends RuntimeException {

	NotYourCafeException(long eventId) {
		super("No café " + eventId + " run by the current account");
	}

}
