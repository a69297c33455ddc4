package fr.cnnumerique.cafeia.taxonomy;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import fr.cnnumerique.cafeia.accounts.AccountManagement;
import fr.cnnumerique.cafeia.accounts.CurrentAccount;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating a term and renaming one. A label already used by another active term, or a
 * term changed by someone else meanwhile, sends the form back with the reason.
 */
@Controller
class TermFormController {

	private static final String VIEW = "admin/taxonomy/form";

	private final TermAdministration administration;

	private final AccountManagement accounts;

	TermFormController(TermAdministration administration, AccountManagement accounts) {
		this.administration = administration;
		this.accounts = accounts;
	}

	@GetMapping(AdminPaths.ROOT + "/{segment:[a-z]+}/nouveau")
	String createForm(@PathVariable String segment, Model model) {
		model.addAttribute("form", TermForm.empty());
		return creation(vocabulary(segment), model);
	}

	@PostMapping(AdminPaths.ROOT + "/{segment:[a-z]+}/nouveau")
	String create(@PathVariable String segment, @AuthenticationPrincipal CurrentAccount current,
			@Valid @ModelAttribute("form") TermForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Vocabulary vocabulary = vocabulary(segment);
		if (!result.hasErrors()) {
			try {
				this.administration.create(vocabulary, form.labelFr(), form.labelEn(),
						AdminPaths.actor(current, this.accounts));
				redirect.addFlashAttribute("success", "taxonomy.create.success");
				return "redirect:" + AdminPaths.listOf(vocabulary);
			}
			catch (DuplicateLabelException ex) {
				rejectDuplicates(ex, result);
			}
			catch (DataIntegrityViolationException ex) {
				result.rejectValue("labelFr", "taxonomy.form.label-fr.taken");
			}
		}
		return creation(vocabulary, model);
	}

	@GetMapping(AdminPaths.ROOT + "/{id:\\d+}/modifier")
	String editForm(@PathVariable long id, Model model) {
		TermRow row = this.administration.row(id);
		model.addAttribute("form", TermForm.of(row));
		return edition(row, model);
	}

	@PostMapping(AdminPaths.ROOT + "/{id:\\d+}/modifier")
	String update(@PathVariable long id, @AuthenticationPrincipal CurrentAccount current,
			@Valid @ModelAttribute("form") TermForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		TermRow row = this.administration.row(id);
		if (form.version() == null) {
			result.reject("taxonomy.conflict.form", new Object[] { row.labelFr(), row.labelEn() }, null);
		}
		if (result.hasErrors()) {
			return editionWithVersion(row, form, result, model);
		}
		try {
			boolean changed = this.administration.rename(id, form.version(), form.labelFr(), form.labelEn(),
					AdminPaths.actor(current, this.accounts));
			redirect.addFlashAttribute(changed ? "success" : "info",
					changed ? "taxonomy.rename.success" : "taxonomy.rename.unchanged");
			return "redirect:" + AdminPaths.listOf(row.vocabulary());
		}
		catch (StaleTermException | OptimisticLockingFailureException ex) {
			TermRow now = this.administration.row(id);
			result.reject("taxonomy.conflict.form", new Object[] { now.labelFr(), now.labelEn() }, null);
			response.setStatus(HttpStatus.CONFLICT.value());
			return editionWithVersion(now, form, result, model);
		}
		catch (DuplicateLabelException ex) {
			rejectDuplicates(ex, result);
		}
		catch (DataIntegrityViolationException ex) {
			result.rejectValue("labelFr", "taxonomy.form.label-fr.taken");
		}
		return edition(row, model);
	}

	private String creation(Vocabulary vocabulary, Model model) {
		model.addAttribute("vocabulary", vocabulary);
		model.addAttribute("action", AdminPaths.ROOT + "/" + AdminPaths.segment(vocabulary) + "/nouveau");
		return VIEW;
	}

	private String edition(TermRow row, Model model) {
		model.addAttribute("vocabulary", row.vocabulary());
		model.addAttribute("term", row);
		model.addAttribute("action", AdminPaths.ROOT + "/" + row.id() + "/modifier");
		return VIEW;
	}

	/**
	 * Keeps what the administrator typed but takes the current version, so that saving
	 * again is a deliberate overwrite of the change they have now been shown.
	 */
	private String editionWithVersion(TermRow now, TermForm typed, BindingResult result, Model model) {
		TermForm form = new TermForm(typed.labelFr(), typed.labelEn(), now.version());
		BindingResult rebound = new org.springframework.validation.BeanPropertyBindingResult(form, "form");
		rebound.addAllErrors(result);
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", rebound);
		return edition(now, model);
	}

	private static void rejectDuplicates(DuplicateLabelException ex, BindingResult result) {
		if (ex.languages().contains(TermAdministration.Language.FR)) {
			result.rejectValue("labelFr", "taxonomy.form.label-fr.taken");
		}
		if (ex.languages().contains(TermAdministration.Language.EN)) {
			result.rejectValue("labelEn", "taxonomy.form.label-en.taken");
		}
	}

	private static Vocabulary vocabulary(String segment) {
		return AdminPaths.vocabulary(segment).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
