package fr.cnnumerique.cafeia.reports;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No report for this year: a year out of range, or a report not published (for the public
 * pages). Shown as the 404 page, so that nobody learns whether a year is ready.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ReportNotFoundException extends RuntimeException {

	ReportNotFoundException(int year) {
		super("No report for " + year);
	}

}
