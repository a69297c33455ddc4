package fr.cnnumerique.cafeia.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed login back to the form with one of three messages: wrong credentials or
 * too many attempts, neither telling whether the account exists, or a suspended account
 * (known only once the right password was typed), and keeps the typed address so the
 * person need not type it again.
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
		String query = "?erreur";
		if (exception instanceof AccountAuthenticationProvider.LoginThrottledException) {
			query = "?bloque";
		}
		else if (exception instanceof AccountAuthenticationProvider.AccountSuspendedException) {
			query = "?suspendu";
		}
		response.sendRedirect(request.getContextPath() + "/connexion" + query);
	}

}
