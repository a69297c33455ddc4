package fr.cnnumerique.cafeia.moderation.users;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No account with this id, or a deleted one; shown as the 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UserNotFoundException extends RuntimeException {

	UserNotFoundException(long id) {
		super("No account " + id);
	}

}
