package fr.cnnumerique.cafeia.accounts;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login form; Spring Security handles its POST (see {@link SecurityConfiguration})
 * and comes back here with {@code ?erreur} or {@code ?bloque} on failure.
 */
@Controller
class LoginController {

	private final long lockoutMinutes;

	LoginController(AccountsProperties properties) {
		this.lockoutMinutes = Math.max(1, properties.loginThrottle().lockout().toMinutes());
	}

	@GetMapping("/connexion")
	String form(HttpServletRequest request, Authentication authentication, Model model) {
		if (CurrentAccount.from(authentication).isPresent()) {
			return "redirect:/compte";
		}
		String email = "";
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(LoginFailureHandler.EMAIL_ATTRIBUTE) instanceof String typed) {
			email = typed;
			session.removeAttribute(LoginFailureHandler.EMAIL_ATTRIBUTE);
		}
		model.addAttribute("email", email);
		model.addAttribute("failed", hasFlag(request, "erreur"));
		model.addAttribute("blocked", hasFlag(request, "bloque"));
		model.addAttribute("suspended", hasFlag(request, "suspendu"));
		model.addAttribute("lockoutMinutes", this.lockoutMinutes);
		return "accounts/login";
	}

	/**
	 * A bare {@code ?erreur}: some clients pass it as an empty parameter, others not at
	 * all, so the query string is checked too.
	 */
	private static boolean hasFlag(HttpServletRequest request, String name) {
		String query = request.getQueryString();
		return request.getParameterMap().containsKey(name)
				|| (query != null && Arrays.asList(query.split("&")).contains(name));
	}

}
