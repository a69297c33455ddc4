package fr.cnnumerique.cafeia.feedback.participant;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No participant's comment with this id: shown as the 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class CommentNotFoundException extends RuntimeException {

	CommentNotFoundException(long id) {
		super("No participant comment " + id);
	}

}
