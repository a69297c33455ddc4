package fr.cnnumerique.cafeia.feedback.ideas;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No contribution with this id.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class IdeaNotFoundException extends RuntimeException {

	IdeaNotFoundException() {
		super("No such contribution");
	}

}
