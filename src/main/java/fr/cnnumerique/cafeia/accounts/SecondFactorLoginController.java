package fr.cnnumerique.cafeia.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second step of a staff login: a code from the authenticator app, or one of the
 * recovery codes. Wrong codes are throttled like wrong passwords (per account and per IP
 * address, in the database); once blocked, even the right code waits for the lockout.
 */
@Controller
class SecondFactorLoginController {

	static final String VIEW = "accounts/second-factor-code";

	private final SecondFactor secondFactor;

	private final LoginThrottle throttle;

	private final SessionAuthentication sessions;

	private final RequestCache requestCache = new HttpSessionRequestCache();

	private final long lockoutMinutes;

	SecondFactorLoginController(SecondFactor secondFactor, LoginThrottle throttle, SessionAuthentication sessions,
			AccountsProperties properties) {
		this.secondFactor = secondFactor;
		this.throttle = throttle;
		this.sessions = sessions;
		this.lockoutMinutes = Math.max(1, properties.loginThrottle().lockout().toMinutes());
	}

	@GetMapping("/connexion/code")
	String form(@RequestParam(name = "secours", required = false) String recovery, Model model) {
		model.addAttribute("form", new CodeForm(""));
		model.addAttribute("recovery", recovery != null);
		return VIEW;
	}

	@PostMapping("/connexion/code")
	String verify(Authentication authentication, @ModelAttribute("form") CodeForm form, BindingResult result,
			@RequestParam(name = "secours", required = false) String recovery, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("recovery", recovery != null);
		SecondFactorPending pending = (SecondFactorPending) authentication;
		String email = pending.getName();
		String ip = request.getRemoteAddr();
		if (this.throttle.isBlocked(email, ip, LoginThrottle.Factor.CODE)) {
			result.reject("accounts.code.blocked", new Object[] { this.lockoutMinutes }, null);
			return VIEW;
		}
		SecondFactor.Outcome outcome = this.secondFactor.verify(pending.accountId(), form.code());
		this.throttle.record(email, ip, outcome != SecondFactor.Outcome.WRONG, LoginThrottle.Factor.CODE);
		if (outcome == SecondFactor.Outcome.WRONG) {
			result.rejectValue("code", "accounts.code.wrong");
			return VIEW;
		}
		if (outcome == SecondFactor.Outcome.RECOVERY_CODE) {
			redirect.addFlashAttribute("info", "accounts.code.recovery-used");
		}
		SavedRequest saved = this.requestCache.getRequest(request, response);
		this.sessions.completeLogin(pending.accountId(), request, response);
		return "redirect:" + ((saved != null) ? saved.getRedirectUrl() : "/compte");
	}

	/**
	 * @param code six digits from the app, or a recovery code; spaces and dashes ignored
	 */
	record CodeForm(String code) {

		CodeForm {
			code = (code != null) ? code.strip() : "";
		}

	}

}
