package fr.cnnumerique.cafeia.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The links sent to verify an address (at sign-up or when changing it), and the form to
 * get a new one. Opening a link only shows a confirmation button: mail filters open links
 * on their own, and a GET that verified would let someone who typed a victim's address
 * get it verified by the victim's filter.
 */
@Controller
class VerificationController {

	private final Registration registration;

	private final SessionAuthentication sessions;

	private final MailingFormLimit limit;

	VerificationController(Registration registration, SessionAuthentication sessions, MailingFormLimit limit) {
		this.registration = registration;
		this.sessions = sessions;
		this.limit = limit;
	}

	@GetMapping("/compte/verifier/{token}")
	String confirmForm(@PathVariable String token, Model model) {
		if (!this.registration.isUsable(token)) {
			return "accounts/link-invalid";
		}
		model.addAttribute("token", token);
		return "accounts/confirm-address";
	}

	@PostMapping("/compte/verifier/{token}")
	String verify(@PathVariable String token, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		Registration.VerificationResult result = this.registration.verify(token);
		if (result.outcome() == Registration.Outcome.INVALID) {
			return "accounts/link-invalid";
		}
		this.sessions.refresh(result.accountId(), request, response);
		boolean emailChanged = result.outcome() == Registration.Outcome.EMAIL_CHANGED;
		redirect.addFlashAttribute("success",
				emailChanged ? "accounts.verify.email-changed" : "accounts.verify.success");
		return CurrentAccount.from(authentication).isPresent() ? "redirect:/compte" : "redirect:/connexion";
	}

	@GetMapping("/compte/verifier/renvoyer")
	String resendForm(Model model) {
		model.addAttribute("form", new EmailForm(""));
		return "accounts/resend-verification";
	}

	@PostMapping("/compte/verifier/renvoyer")
	String resend(@Valid @ModelAttribute("form") EmailForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			return "accounts/resend-verification";
		}
		if (!this.limit.allow("resend-verification", request, response)) {
			return MailingFormLimit.TOO_MANY;
		}
		this.registration.resendVerification(form.email());
		return "redirect:/compte/creer/confirmation";
	}

	record EmailForm(@AccountEmail String email) {

		EmailForm {
			email = (email != null) ? email.strip() : null;
		}

	}

}
