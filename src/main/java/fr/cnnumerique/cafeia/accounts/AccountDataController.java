package fr.cnnumerique.cafeia.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person's rights over their data (GDPR articles 15, 17 and 20): download it, delete
 * the account.
 */
@Controller
class AccountDataController {

	private final AccountSettings settings;

	private final SessionAuthentication sessions;

	AccountDataController(AccountSettings settings, SessionAuthentication sessions) {
		this.settings = settings;
		this.sessions = sessions;
	}

	@GetMapping(path = "/compte/donnees.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<AccountSettings.AccountData> download(@AuthenticationPrincipal CurrentAccount current) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("cafeia-mes-donnees.json").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(this.settings.export(current.id()));
	}

	@GetMapping("/compte/supprimer")
	String deleteForm(Model model) {
		model.addAttribute("form", new DeletionForm(""));
		return "accounts/delete";
	}

	@PostMapping("/compte/supprimer")
	String delete(@AuthenticationPrincipal CurrentAccount current, @ModelAttribute("form") DeletionForm form,
			BindingResult result, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		String error = this.settings.checkPassword(current.id(), form.password(), request.getRemoteAddr()).errorCode();
		if (error != null) {
			result.rejectValue("password", error);
			return "accounts/delete";
		}
		this.settings.delete(current.id());
		this.sessions.end(current.id(), request, response);
		redirect.addFlashAttribute("success", "accounts.delete.success");
		return "redirect:/";
	}

	record DeletionForm(String password) {

	}

}
