package fr.cnnumerique.cafeia.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed login back to the form with one of two messages, neither telling whether
 * the account exists, and keeps the typed address so the person need not type it again.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

	static final String EMAIL_ATTRIBUTE = LoginFailureHandler.class.getName() + ".email";

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String email = request.getParameter("email");
		if (email != null) {
			request.getSession().setAttribute(EMAIL_ATTRIBUTE, AccountAuthenticationProvider.normalise(email));
		}
		String query = (exception instanceof AccountAuthenticationProvider.LoginThrottledException) ? "?bloque"
				: "?erreur";
		response.sendRedirect(request.getContextPath() + "/connexion" + query);
	}

}
