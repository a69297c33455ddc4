package fr.cnnumerique.cafeia.accounts;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Enrolment of a staff member's authenticator app, the only page open to a staff member
 * who typed the right password but has no second factor yet: a QR code and the secret as
 * text, a first code to prove the app works, then the recovery codes, shown once.
 */
@Controller
class SecondFactorEnrolmentController {

	static final String VIEW = "accounts/second-factor-enrolment";

	private final SecondFactor secondFactor;

	private final LoginThrottle throttle;

	private final SessionAuthentication sessions;

	private final long lockoutMinutes;

	SecondFactorEnrolmentController(SecondFactor secondFactor, LoginThrottle throttle, SessionAuthentication sessions,
			AccountsProperties properties) {
		this.secondFactor = secondFactor;
		this.throttle = throttle;
		this.sessions = sessions;
		this.lockoutMinutes = Math.max(1, properties.loginThrottle().lockout().toMinutes());
	}

	@GetMapping("/compte/double-authentification")
	String form(Authentication authentication, Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("form", new SecondFactorLoginController.CodeForm(""));
		return show((SecondFactorPending) authentication, model, request, response);
	}

	@PostMapping("/compte/double-authentification")
	String confirm(Authentication authentication, @ModelAttribute("form") SecondFactorLoginController.CodeForm form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		SecondFactorPending pending = (SecondFactorPending) authentication;
		String email = pending.getName();
		String ip = request.getRemoteAddr();
		if (this.throttle.isBlocked(email, ip, LoginThrottle.Factor.CODE)) {
			result.reject("accounts.code.blocked", new Object[] { this.lockoutMinutes }, null);
			return show(pending, model, request, response);
		}
		Optional<List<String>> codes = this.secondFactor.confirmEnrolment(pending.accountId(), form.code());
		this.throttle.record(email, ip, codes.isPresent(), LoginThrottle.Factor.CODE);
		if (codes.isEmpty()) {
			result.rejectValue("code", "accounts.enrolment.wrong");
			return show(pending, model, request, response);
		}
		this.sessions.completeLogin(pending.accountId(), request, response);
		redirect.addFlashAttribute("recoveryCodes", codes.get());
		return "redirect:/compte/double-authentification/codes-de-secours";
	}

	@GetMapping("/compte/double-authentification/codes-de-secours")
	String recoveryCodes(Model model) {
		return model.containsAttribute("recoveryCodes") ? "accounts/recovery-codes" : "redirect:/compte";
	}

	private String show(SecondFactorPending pending, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Optional<String> secret = this.secondFactor.startEnrolment(pending.accountId());
		if (secret.isEmpty()) {
			// Enrolled from another session meanwhile: this login must start again.
			new SecurityContextLogoutHandler().logout(request, response, pending);
			return "redirect:/connexion";
		}
		model.addAttribute("qrCode", Totp.qrCodeDataUri(Totp.otpauthUri(secret.get(), pending.getName())));
		model.addAttribute("secret", Totp.grouped(secret.get()));
		model.addAttribute("issuer", Totp.ISSUER);
		model.addAttribute("accountName", pending.getName());
		return VIEW;
	}

}
