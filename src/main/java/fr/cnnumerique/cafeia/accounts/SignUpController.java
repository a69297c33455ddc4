package fr.cnnumerique.cafeia.accounts;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class SignUpController {

	private final Registration registration;

	private final PasswordPolicy passwordPolicy;

	private final MailingFormLimit limit;

	SignUpController(Registration registration, PasswordPolicy passwordPolicy, MailingFormLimit limit) {
		this.registration = registration;
		this.passwordPolicy = passwordPolicy;
		this.limit = limit;
	}

	@GetMapping("/compte/creer")
	String createForm(Model model) {
		model.addAttribute("form", new SignUpForm("", "", "", false));
		return "accounts/sign-up";
	}

	@PostMapping("/compte/creer")
	String create(@Valid @ModelAttribute("form") SignUpForm form, BindingResult result, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		if (!result.hasFieldErrors("password")) {
			this.passwordPolicy.check(form.password(), form.email(), form.displayName())
				.ifPresent((code) -> result.rejectValue("password", code));
		}
		if (result.hasErrors()) {
			return "accounts/sign-up";
		}
		if (!this.limit.allow("sign-up", request, response)) {
			return MailingFormLimit.TOO_MANY;
		}
		try {
			this.registration.signUp(form.displayName(), form.email(), form.password(), locale);
		}
		catch (DataIntegrityViolationException ex) {
			// Two sign-ups raced for one address: the one that won sent the mail, and the
			// visitor must not learn that the address is taken.
		}
		return "redirect:/compte/creer/confirmation";
	}

	@GetMapping("/compte/creer/confirmation")
	String confirmation() {
		return "accounts/check-mailbox";
	}

	record SignUpForm(@DisplayName String displayName, @AccountEmail String email, String password,
			@NotNull(message = "{accounts.sign-up.acknowledged.required}") @AssertTrue(
					message = "{accounts.sign-up.acknowledged.required}") Boolean acknowledged) {

		SignUpForm {
			displayName = (displayName != null) ? displayName.strip() : null;
			email = (email != null) ? email.strip() : null;
		}

	}

}
