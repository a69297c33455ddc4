package fr.cnnumerique.cafeia.events.management;

import jakarta.validation.Valid;

import fr.cnnumerique.cafeia.accounts.CurrentAccount;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating a café or a series, from a blank form or from a copy of another café (dates
 * one week later). Nothing is stored until the form is posted, and every creation goes to
 * moderation.
 */
@Controller
class CafeCreateController {

	private final EventEditor editor;

	private final EventChecks checks;

	private final EventFormPage page;

	CafeCreateController(EventEditor editor, EventChecks checks, EventFormPage page) {
		this.editor = editor;
		this.checks = checks;
		this.page = page;
	}

	@GetMapping(EventFormPage.NEW)
	String createForm(@AuthenticationPrincipal CurrentAccount account, Model model) {
		EventForm form = EventForm.empty();
		model.addAttribute("form", form);
		return this.page.show(model, account, form, null, EventFormPage.NEW);
	}

	@GetMapping("/espace/cafes/{id:\\d{1,18}}/dupliquer")
	String duplicateForm(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id, Model model) {
		ManagedEvent original = this.editor.managed(id, account.id(), EventFormPage.isStaff(account), this.checks);
		model.addAttribute("form", original.duplicate());
		model.addAttribute("duplicateOf", original.title());
		return this.page.show(model, account, original.duplicate(), null, EventFormPage.NEW);
	}

	@PostMapping(EventFormPage.NEW)
	String create(@AuthenticationPrincipal CurrentAccount account, @Valid @ModelAttribute("form") EventForm form,
			BindingResult result, @RequestParam(required = false) String searchVenues, Model model,
			RedirectAttributes redirect) {
		if (searchVenues != null) {
			return this.page.afterVenueSearch(model, account, form, null, EventFormPage.NEW);
		}
		var draft = this.checks.check(form, result, account.id(), EventFormPage.isStaff(account), null);
		if (draft.isEmpty()) {
			return this.page.show(model, account, form, null, EventFormPage.NEW);
		}
		this.editor.create(draft.get(), account.id());
		redirect.addFlashAttribute("success", (draft.get().recurrence() != null)
				? "events.management.create.success-series" : "events.management.create.success");
		return "redirect:/espace/cafes?onglet=brouillons";
	}

}
