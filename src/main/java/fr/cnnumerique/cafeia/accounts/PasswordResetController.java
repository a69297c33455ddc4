package fr.cnnumerique.cafeia.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class PasswordResetController {

	private final PasswordReset passwordReset;

	private final PasswordPolicy passwordPolicy;

	private final SessionAuthentication sessions;

	private final MailingFormLimit limit;

	PasswordResetController(PasswordReset passwordReset, PasswordPolicy passwordPolicy, SessionAuthentication sessions,
			MailingFormLimit limit) {
		this.passwordReset = passwordReset;
		this.passwordPolicy = passwordPolicy;
		this.sessions = sessions;
		this.limit = limit;
	}

	@GetMapping("/compte/mot-de-passe-oublie")
	String requestForm(Model model) {
		model.addAttribute("form", new VerificationController.EmailForm(""));
		return "accounts/forgotten-password";
	}

	@PostMapping("/compte/mot-de-passe-oublie")
	String request(@Valid @ModelAttribute("form") VerificationController.EmailForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response) {
		if (result.hasErrors()) {
			return "accounts/forgotten-password";
		}
		if (!this.limit.allow("password-reset", request, response)) {
			return MailingFormLimit.TOO_MANY;
		}
		this.passwordReset.request(form.email());
		return "redirect:/compte/mot-de-passe-oublie/confirmation";
	}

	@GetMapping("/compte/mot-de-passe-oublie/confirmation")
	String requested() {
		return "accounts/reset-requested";
	}

	@GetMapping("/compte/nouveau-mot-de-passe/{token}")
	String resetForm(@PathVariable String token, Model model) {
		if (this.passwordReset.accountFor(token).isEmpty()) {
			return "accounts/reset-link-invalid";
		}
		model.addAttribute("form", new NewPasswordForm(""));
		model.addAttribute("token", token);
		return "accounts/new-password";
	}

	@PostMapping("/compte/nouveau-mot-de-passe/{token}")
	String reset(@PathVariable String token, @ModelAttribute("form") NewPasswordForm form, BindingResult result,
			Model model, HttpServletRequest request, RedirectAttributes redirect) {
		var account = this.passwordReset.accountFor(token);
		if (account.isEmpty()) {
			return "accounts/reset-link-invalid";
		}
		this.passwordPolicy.check(form.password(), account.get().email(), account.get().displayName())
			.ifPresent((code) -> result.rejectValue("password", code));
		if (result.hasErrors()) {
			model.addAttribute("token", token);
			return "accounts/new-password";
		}
		if (!this.passwordReset.reset(token, form.password())) {
			return "accounts/reset-link-invalid";
		}
		this.sessions.endOtherSessions(account.get().id(), request);
		redirect.addFlashAttribute("success", "accounts.new-password.success");
		return "redirect:/connexion";
	}

	record NewPasswordForm(String password) {

	}

}
