package fr.cnnumerique.cafeia.directory.venue;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import fr.cnnumerique.cafeia.accounts.CurrentAccount;
import fr.cnnumerique.cafeia.shared.MapProperties;

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

	private final VenueManagers managers;

	private final MapProperties map;

	MyVenuesController(VenueEditor editor, VenueChecks checks, VenueManagers managers, MapProperties map) {
		this.editor = editor;
		this.checks = checks;
		this.managers = managers;
		this.map = map;
	}

	/**
	 * Tiles for the point picker of the venue form, shown only when JavaScript runs.
	 */
	@ModelAttribute("map")
	MapProperties map() {
		return this.map;
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
		model.addAttribute("coManagerForm", new CoManagerForm(""));
		return editPage(draft, account, model);
	}

	@PostMapping("/espace/lieux/{id:\\d+}/modifier")
	String update(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id,
			@Valid @ModelAttribute("form") VenueForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		VenueDraft draft = editable(id, account);
		model.addAttribute("coManagerForm", new CoManagerForm(""));
		var venue = this.checks.check(form, result);
		if (venue.isEmpty()) {
			return editPage(draft, account, model);
		}
		if (!this.editor.update(id, venue.get(), account.id())) {
			result.reject("directory.venues.form.conflict");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return editPage(draft, account, model);
		}
		redirect.addFlashAttribute("success", "directory.venues.update.success");
		return "redirect:/espace/lieux";
	}

	/**
	 * Adds a co-manager by the address of an existing verified account. The message for
	 * an unknown address only says that no verified account uses it.
	 */
	@PostMapping("/espace/lieux/{id:\\d+}/gestionnaires")
	String addManager(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id,
			@ModelAttribute("coManagerForm") CoManagerForm coManagerForm, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		VenueDraft draft = editable(id, account);
		VenueManagers.Outcome outcome = this.managers.add(draft, coManagerForm.email(), account.id());
		if (outcome != VenueManagers.Outcome.ADDED) {
			result.rejectValue("email", (outcome == VenueManagers.Outcome.ALREADY_MANAGER)
					? "directory.venues.managers.already" : "directory.venues.managers.unknown");
			model.addAttribute("form", VenueForm.of(draft));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return editPage(draft, account, model);
		}
		redirect.addFlashAttribute("success", "directory.venues.managers.added");
		return "redirect:/espace/lieux/" + id + "/modifier";
	}

	/**
	 * Removes a co-manager. The owner cannot be removed; a co-manager may leave unless
	 * they are the last manager, and then goes back to their own venues.
	 */
	@PostMapping("/espace/lieux/{id:\\d+}/gestionnaires/{accountId:\\d+}/retirer")
	String removeManager(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id,
			@PathVariable long accountId, RedirectAttributes redirect) {
		editable(id, account);
		VenueManagers.Outcome outcome = this.managers.remove(id, accountId);
		switch (outcome) {
			case REMOVED -> redirect.addFlashAttribute("success", "directory.venues.managers.removed");
			case OWNER -> redirect.addFlashAttribute("error", "directory.venues.managers.owner");
			case LAST_MANAGER -> redirect.addFlashAttribute("error", "directory.venues.managers.last");
			default -> redirect.addFlashAttribute("error", "directory.venues.managers.not-manager");
		}
		if (outcome == VenueManagers.Outcome.REMOVED && accountId == account.id()) {
			return "redirect:/espace/lieux";
		}
		return "redirect:/espace/lieux/" + id + "/modifier";
	}

	private String editPage(VenueDraft draft, CurrentAccount account, Model model) {
		model.addAttribute("venue", draft);
		model.addAttribute("action", "/espace/lieux/" + draft.id() + "/modifier");
		model.addAttribute("managers", this.managers.of(draft.id()));
		model.addAttribute("currentAccountId", account.id());
		return FORM;
	}

	private VenueDraft editable(long id, CurrentAccount account) {
		VenueDraft draft = this.editor.draft(id).orElseThrow(() -> new VenueNotFoundException(id));
		if (!this.editor.canEdit(id, account)) {
			throw new NotVenueManagerException(id, account.id());
		}
		return draft;
	}

}
