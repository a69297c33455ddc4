package fr.cnnumerique.cafeia.events.management;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editing a café, or a café and the following ones of its series. Organisers,
 * co-facilitators and staff may edit; others get the 404 page. Past and cancelled cafés
 * are not edited any more.
 */
@Controller
class CafeEditController {

	private static final String PATH = "/espace/cafes/{id:\\d{1,18}}/modifier";

	private final EventEditor editor;

	private final EventChecks checks;

	private final EventFormPage page;

	CafeEditController(EventEditor editor, EventChecks checks, EventFormPage page) {
		this.editor = editor;
		this.checks = checks;
		this.page = page;
	}

	@GetMapping(PATH)
	String editForm(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id, Model model,
			RedirectAttributes redirect) {
		ManagedEvent cafe = this.editor.managed(id, account.id(), EventFormPage.isStaff(account), this.checks);
		if (!cafe.editable()) {
			redirect.addFlashAttribute("error", "events.management.edit.not-editable");
			return "redirect:/espace/cafes";
		}
		model.addAttribute("form", cafe.form());
		return this.page.show(model, account, cafe.form(), cafe, action(id));
	}

	@PostMapping(PATH)
	String update(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id,
			@Valid @ModelAttribute("form") EventForm form, BindingResult result,
			@RequestParam(required = false) String searchVenues, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		boolean staff = EventFormPage.isStaff(account);
		ManagedEvent cafe = this.editor.managed(id, account.id(), staff, this.checks);
		if (!cafe.editable()) {
			redirect.addFlashAttribute("error", "events.management.edit.not-editable");
			return "redirect:/espace/cafes";
		}
		if (searchVenues != null) {
			return this.page.afterVenueSearch(model, account, form, cafe, action(id));
		}
		var draft = this.checks.check(form, result, cafe.summary().organiserId(), staff, cafe);
		if (draft.isEmpty()) {
			return this.page.show(model, account, form, cafe, action(id));
		}
		boolean saved;
		try {
			saved = form.version() != null
					&& this.editor.update(id, draft.get(), form.following(), form.version(), author(cafe, account));
		}
		catch (OptimisticLockingFailureException ex) {
			saved = false;
		}
		if (!saved) {
			result.reject("events.management.form.conflict");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return this.page.show(model, account, form, cafe, action(id));
		}
		redirect.addFlashAttribute("success", "events.management.edit.success");
		return "redirect:/espace/cafes";
	}

	/**
	 * Who the moderators answer: the facilitator who edited, or the organiser when staff
	 * edited a café on their behalf (staff cannot decide on their own submissions).
	 */
	private static long author(ManagedEvent cafe, CurrentAccount account) {
		return cafe.summary().isFacilitatedBy(account.id()) ? account.id() : cafe.summary().organiserId();
	}

	private static String action(long id) {
		return "/espace/cafes/" + id + "/modifier";
	}

}
