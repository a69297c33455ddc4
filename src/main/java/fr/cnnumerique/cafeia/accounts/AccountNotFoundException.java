package fr.cnnumerique.cafeia.accounts;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The account does not exist or is no longer active; shown as the 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class AccountNotFoundException extends RuntimeException {

	AccountNotFoundException(long id) {
		super("No active account " + id);
	}

}
