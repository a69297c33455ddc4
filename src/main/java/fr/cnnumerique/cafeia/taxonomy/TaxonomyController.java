package fr.cnnumerique.cafeia.taxonomy;

import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import fr.cnnumerique.cafeia.accounts.AccountManagement;
import fr.cnnumerique.cafeia.accounts.CurrentAccount;
import fr.cnnumerique.cafeia.taxonomy.TermAdministration.Actor;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The vocabularies and the one-click changes on their terms: move up or down, retire,
 * reactivate. Each button posts the version shown, so a change made meanwhile by someone
 * else is reported (409) instead of being applied to a list the administrator has not
 * seen.
 */
@Controller
class TaxonomyController {

	private static final String VIEW = "admin/taxonomy/list";

	private final TermAdministration administration;

	private final AccountManagement accounts;

	TaxonomyController(TermAdministration administration, AccountManagement accounts) {
		this.administration = administration;
		this.accounts = accounts;
	}

	@GetMapping(AdminPaths.ROOT)
	String list(Model model) {
		model.addAttribute("sections", Stream.of(Vocabulary.values()).map(this::section).toList());
		return VIEW;
	}

	@PostMapping(AdminPaths.ROOT + "/{id:\\d+}/monter")
	String moveUp(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentAccount current,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return apply(id, (actor) -> this.administration.move(id, version, true, actor), "taxonomy.move.success",
				current, model, response, redirect);
	}

	@PostMapping(AdminPaths.ROOT + "/{id:\\d+}/descendre")
	String moveDown(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentAccount current,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return apply(id, (actor) -> this.administration.move(id, version, false, actor), "taxonomy.move.success",
				current, model, response, redirect);
	}

	@PostMapping(AdminPaths.ROOT + "/{id:\\d+}/retirer")
	String retire(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentAccount current,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return apply(id, (actor) -> this.administration.retire(id, version, actor), "taxonomy.retire.success", current,
				model, response, redirect);
	}

	@PostMapping(AdminPaths.ROOT + "/{id:\\d+}/reactiver")
	String reactivate(@PathVariable long id, @RequestParam long version,
			@AuthenticationPrincipal CurrentAccount current, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return apply(id, (actor) -> this.administration.reactivate(id, version, actor), "taxonomy.reactivate.success",
				current, model, response, redirect);
	}

	private String apply(long id, Change change, String success, CurrentAccount current, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Vocabulary vocabulary = this.administration.row(id).vocabulary();
		try {
			if (change.apply(AdminPaths.actor(current, this.accounts))) {
				redirect.addFlashAttribute("success", success);
			}
			return "redirect:" + AdminPaths.listOf(vocabulary);
		}
		catch (StaleTermException | OptimisticLockingFailureException ex) {
			return refused("taxonomy.conflict.list", model, response);
		}
		catch (DuplicateLabelException ex) {
			return refused("taxonomy.reactivate.taken", model, response);
		}
	}

	private String refused(String message, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("error", message);
		return list(model);
	}

	private Section section(Vocabulary vocabulary) {
		List<TermRow> rows = this.administration.rows(vocabulary);
		return new Section(vocabulary, AdminPaths.segment(vocabulary),
				rows.stream().filter((row) -> !row.retired()).toList(),
				rows.stream().filter(TermRow::retired).toList());
	}

	@FunctionalInterface
	private interface Change {

		boolean apply(Actor actor);

	}

	record Section(Vocabulary vocabulary, String segment, List<TermRow> active, List<TermRow> retired) {
	}

}
