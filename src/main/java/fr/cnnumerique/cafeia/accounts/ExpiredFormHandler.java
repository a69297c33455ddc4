package fr.cnnumerique.cafeia.accounts;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form sent without a valid CSRF token is still refused with 403, but most of the time
 * it is an honest person whose session expired while filling it in: they get a page that
 * says so and leads back to the form (forms and their POST share a URL), not "access
 * denied".
 */
class ExpiredFormHandler implements AccessDeniedHandler {

	static final String EXPIRED_FORM_PAGE = "/session-expiree";

	static final String FORM_ATTRIBUTE = "cafeia.expiredForm";

	private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		if (denied instanceof CsrfException && !response.isCommitted()) {
			request.setAttribute(FORM_ATTRIBUTE, request.getRequestURI());
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			request.getRequestDispatcher(EXPIRED_FORM_PAGE).forward(request, response);
			return;
		}
		this.otherwise.handle(request, response, denied);
	}

}
