package fr.cnnumerique.cafeia.feedback.report;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such café or report, or none the account may report on: shown as the 404 page, so
 * that nobody learns of another facilitator's cafés.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ReportNotFoundException extends RuntimeException {

	ReportNotFoundException(long id) {
		super("No report " + id + " for this account");
	}

}
