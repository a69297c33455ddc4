package fr.cnnumerique.cafeia.events.management;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import fr.cnnumerique.cafeia.accounts.CurrentAccount;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Cancelling a café, or a café and the following ones of its series, after a confirmation
 * page: a public café stays visible as cancelled with the organisers' message; a draft is
 * deleted.
 */
@Controller
class CafeCancelController {

	private static final String PATH = "/espace/cafes/{id:\\d{1,18}}/annuler";

	private static final String VIEW = "events/management/cancel";

	private static final Pattern MARKUP = Pattern.compile("[<>]");

	private final EventEditor editor;

	private final EventChecks checks;

	CafeCancelController(EventEditor editor, EventChecks checks) {
		this.editor = editor;
		this.checks = checks;
	}

	@GetMapping(PATH)
	String cancelForm(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id, Model model,
			RedirectAttributes redirect) {
		ManagedEvent cafe = this.editor.managed(id, account.id(), EventFormPage.isStaff(account), this.checks);
		if (!cafe.editable()) {
			redirect.addFlashAttribute("error", "events.management.cancel.not-cancellable");
			return "redirect:/espace/cafes";
		}
		model.addAttribute("form", new CancelForm("", EventForm.SCOPE_ONE, cafe.version()));
		model.addAttribute("cafe", cafe);
		return VIEW;
	}

	@PostMapping(PATH)
	String cancel(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id,
			@Valid @ModelAttribute("form") CancelForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		ManagedEvent cafe = this.editor.managed(id, account.id(), EventFormPage.isStaff(account), this.checks);
		if (!cafe.editable()) {
			redirect.addFlashAttribute("error", "events.management.cancel.not-cancellable");
			return "redirect:/espace/cafes";
		}
		model.addAttribute("cafe", cafe);
		if (MARKUP.matcher(form.message()).find() && !result.hasFieldErrors("message")) {
			result.rejectValue("message", "events.management.form.html");
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		EventEditor.Cancellation done;
		try {
			done = (form.version() != null) ? this.editor.cancel(id, form.following(), form.message(), form.version())
					: null;
		}
		catch (OptimisticLockingFailureException ex) {
			done = null;
		}
		if (done == null) {
			result.reject("events.management.form.conflict");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return VIEW;
		}
		String key = (done.deleted() == 0) ? "cancelled" : (done.cancelled() == 0) ? "deleted" : "both";
		redirect.addFlashAttribute("success", "events.management.cancel.done." + key);
		return "redirect:/espace/cafes";
	}

}
