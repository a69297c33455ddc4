package fr.cnnumerique.cafeia.accounts;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After a correct password: a staff member goes to the second-factor step still to take,
 * keeping the page first asked for (it is honoured once the code is typed); anyone else
 * goes to that page, or to the account page.
 */
class LoginSuccessHandler implements AuthenticationSuccessHandler {

	private final SavedRequestAwareAuthenticationSuccessHandler fullLogin = new SavedRequestAwareAuthenticationSuccessHandler();

	LoginSuccessHandler() {
		this.fullLogin.setDefaultTargetUrl("/compte");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (authentication instanceof SecondFactorPending pending) {
			response.sendRedirect(request.getContextPath() + pending.step().path());
			return;
		}
		this.fullLogin.onAuthenticationSuccess(request, response, authentication);
	}

}
