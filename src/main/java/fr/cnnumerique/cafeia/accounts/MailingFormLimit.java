package fr.cnnumerique.cafeia.accounts;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.cnnumerique.cafeia.shared.PublicFormGuard;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The public account forms that send a mail (sign-up, forgotten password, new
 * verification link) accept a limited number of valid submissions per IP address and
 * hour, counted in PostgreSQL so the limit holds across nodes; beyond it the visitor gets
 * the French 429 page.
 */
@Component
class MailingFormLimit {

	static final String TOO_MANY = "error/429";

	private final PublicFormGuard guard;

	private final AccountsProperties properties;

	MailingFormLimit(PublicFormGuard guard, AccountsProperties properties) {
		this.guard = guard;
		this.properties = properties;
	}

	/**
	 * Counts one submission of the form, or sets the 429 status when over the limit.
	 * @return {@code true} if the submission may go on
	 */
	boolean allow(String form, HttpServletRequest request, HttpServletResponse response) {
		if (this.guard.tryAcquire("accounts." + form, request.getRemoteAddr(), this.properties.mailingFormsPerIp(),
				Duration.ofHours(1))) {
			return true;
		}
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		return false;
	}

}
