package fr.cnnumerique.cafeia.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account page and the forms that change the name, the e-mail address and the
 * password. Changing the address or the password asks for the current password, so an
 * unattended session cannot take the account over.
 */
@Controller
class AccountController {

	private final AccountSettings settings;

	private final PasswordPolicy passwordPolicy;

	private final SessionAuthentication sessions;

	AccountController(AccountSettings settings, PasswordPolicy passwordPolicy, SessionAuthentication sessions) {
		this.settings = settings;
		this.passwordPolicy = passwordPolicy;
		this.sessions = sessions;
	}

	@GetMapping("/compte")
	String show(@AuthenticationPrincipal CurrentAccount current, Model model) {
		model.addAttribute("account", this.settings.show(current.id()));
		return "accounts/account";
	}

	@GetMapping("/compte/nom")
	String nameForm(@AuthenticationPrincipal CurrentAccount current, Model model) {
		model.addAttribute("form", new NameForm(this.settings.show(current.id()).displayName()));
		return "accounts/name";
	}

	@PostMapping("/compte/nom")
	String rename(@AuthenticationPrincipal CurrentAccount current, @Valid @ModelAttribute("form") NameForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "accounts/name";
		}
		this.settings.rename(current.id(), form.displayName());
		redirect.addFlashAttribute("success", "accounts.name.success");
		return "redirect:/compte";
	}

	@GetMapping("/compte/email")
	String emailForm(Model model) {
		model.addAttribute("form", new EmailChangeForm("", ""));
		return "accounts/email";
	}

	@PostMapping("/compte/email")
	String changeEmail(@AuthenticationPrincipal CurrentAccount current,
			@Valid @ModelAttribute("form") EmailChangeForm form, BindingResult result, HttpServletRequest request,
			RedirectAttributes redirect) {
		rejectWrongPassword(current, form.currentPassword(), "currentPassword", result, request);
		if (result.hasErrors()) {
			return "accounts/email";
		}
		this.settings.requestEmailChange(current.id(), form.newEmail());
		redirect.addFlashAttribute("info", "accounts.email.sent");
		return "redirect:/compte";
	}

	@GetMapping("/compte/mot-de-passe")
	String passwordForm(Model model) {
		model.addAttribute("form", new PasswordChangeForm("", ""));
		return "accounts/password";
	}

	@PostMapping("/compte/mot-de-passe")
	String changePassword(@AuthenticationPrincipal CurrentAccount current,
			@ModelAttribute("form") PasswordChangeForm form, BindingResult result, HttpServletRequest request,
			RedirectAttributes redirect) {
		rejectWrongPassword(current, form.currentPassword(), "currentPassword", result, request);
		AccountSummary account = this.settings.show(current.id());
		this.passwordPolicy.check(form.newPassword(), account.email(), account.displayName())
			.ifPresent((code) -> result.rejectValue("newPassword", code));
		if (result.hasErrors()) {
			return "accounts/password";
		}
		this.settings.changePassword(current.id(), form.newPassword());
		this.sessions.endOtherSessions(current.id(), request);
		redirect.addFlashAttribute("success", "accounts.password.success");
		return "redirect:/compte";
	}

	private void rejectWrongPassword(CurrentAccount current, String password, String field, BindingResult result,
			HttpServletRequest request) {
		String error = this.settings.checkPassword(current.id(), password, request.getRemoteAddr()).errorCode();
		if (error != null) {
			result.rejectValue(field, error);
		}
	}

	record NameForm(@DisplayName String displayName) {

		NameForm {
			displayName = (displayName != null) ? displayName.strip() : null;
		}

	}

	record EmailChangeForm(@AccountEmail String newEmail, String currentPassword) {

		EmailChangeForm {
			newEmail = (newEmail != null) ? newEmail.strip() : null;
		}

	}

	record PasswordChangeForm(String currentPassword, String newPassword) {

	}

}
