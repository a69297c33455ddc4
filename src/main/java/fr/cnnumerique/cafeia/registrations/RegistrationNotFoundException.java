package fr.cnnumerique.cafeia.registrations;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An unknown café, or a manage link that is unknown or no longer valid.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class RegistrationNotFoundException extends RuntimeException {

	RegistrationNotFoundException() {
		super("No such café or registration");
	}

}
