package fr.cnnumerique.cafeia.directory.venue;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A facilitator's venues: the list, creation and edition. Every save goes to moderation.
 */
@Controller
class MyVenuesController {

	private static final String FORM = "directory/venues/form";

	private final VenueEditor editor;

	private final VenueChecks checks;

	MyVenuesController(VenueEditor editor, VenueChecks checks) {
		this.editor = editor;
		this.checks = checks;
	}

	@ModelAttribute("venueTypes")
	String[] venueTypes() {
		return Arrays.stream(VenueType.values()).map(VenueType::code).toArray(String[]::new);
	}

	@GetMapping("/espace/lieux")
	String list(@AuthenticationPrincipal CurrentAccount account, Model model) {
		model.addAttribute("venues", this.editor.managedBy(account.id()));
		return "directory/venues/mine";
	}

	@GetMapping("/espace/lieux/nouveau")
	String createForm(Model model) {
		model.addAttribute("form", VenueForm.empty());
		model.addAttribute("action", "/espace/lieux/nouveau");
		return FORM;
	}

	@PostMapping("/espace/lieux/nouveau")
	String create(@AuthenticationPrincipal CurrentAccount account, @Valid @ModelAttribute("form") VenueForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var venue = this.checks.check(form, result);
		if (venue.isEmpty()) {
			model.addAttribute("action", "/espace/lieux/nouveau");
			return FORM;
		}
		this.editor.create(venue.get(), account.id());
		redirect.addFlashAttribute("success", "directory.venues.create.success");
		return "redirect:/espace/lieux";
	}

	@GetMapping("/espace/lieux/{id:\\d+}/modifier")
	String editForm(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id, Model model) {
		VenueDraft draft = editable(id, account);
		model.addAttribute("form", VenueForm.of(draft));
		model.addAttribute("venue", draft);
		model.addAttribute("action", "/espace/lieux/" + id + "/modifier");
		return FORM;
	}

	@PostMapping("/espace/lieux/{id:\\d+}/modifier")
	String update(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id,
			@Valid @ModelAttribute("form") VenueForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		VenueDraft draft = editable(id, account);
		model.addAttribute("venue", draft);
		model.addAttribute("action", "/espace/lieux/" + id + "/modifier");
		var venue = this.checks.check(form, result);
		if (venue.isEmpty()) {
			return FORM;
		}
		if (!this.editor.update(id, venue.get(), account.id())) {
			result.reject("directory.venues.form.conflict");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return FORM;
		}
		redirect.addFlashAttribute("success", "directory.venues.update.success");
		return "redirect:/espace/lieux";
	}

	private VenueDraft editable(long id, CurrentAccount account) {
		VenueDraft draft = this.editor.draft(id).orElseThrow(() -> new VenueNotFoundException(id));
		if (!this.editor.canEdit(id, account)) {
			throw new NotVenueManagerException(id, account.id());
		}
		return draft;
	}

}
