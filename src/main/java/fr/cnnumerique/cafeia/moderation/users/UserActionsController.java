package fr.cnnumerique.cafeia.moderation.users;

import jakarta.servlet.http.HttpServletResponse;

import fr.cnnumerique.cafeia.accounts.CurrentAccount;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The actions of a user's page. Each redirects back to the page with a message; a form
 * sent from a page that is out of date (the account changed meanwhile) gets the fresh
 * page with a 409 and nothing is written; a refused action (forged role, one's own
 * account, missing reason) changes nothing either.
 */
@Controller
class UserActionsController {

	static final int MAX_REASON_LENGTH = 500;

	private final UserAdministration administration;

	UserActionsController(UserAdministration administration) {
		this.administration = administration;
	}

	@PostMapping("/admin/utilisateurs/{id}/roles")
	String changeRole(@PathVariable long id, @RequestParam(name = "role", defaultValue = "") String role,
			@RequestParam(name = "accorder") boolean grant, @RequestParam(name = "version") long version,
			@AuthenticationPrincipal CurrentAccount actor, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return act(id, actor, model, response, redirect,
				grant ? "moderation-users.role.granted" : "moderation-users.role.revoked",
				() -> this.administration.changeRole(actor.id(), id, role, grant, version));
	}

	@PostMapping("/admin/utilisateurs/{id}/confiance")
	String trust(@PathVariable long id, @RequestParam(name = "confiance") boolean trusted,
			@AuthenticationPrincipal CurrentAccount actor, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return act(id, actor, model, response, redirect,
				trusted ? "moderation-users.trust.granted" : "moderation-users.trust.revoked",
				() -> this.administration.setTrusted(actor.id(), id, trusted));
	}

	@PostMapping("/admin/utilisateurs/{id}/suspension")
	String suspend(@PathVariable long id, @RequestParam(name = "motif", defaultValue = "") String reason,
			@RequestParam(name = "version") long version, @AuthenticationPrincipal CurrentAccount actor, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		String motive = reason.strip();
		String problem = motive.isEmpty() ? "moderation-users.suspend.reason-required"
				: (motive.length() > MAX_REASON_LENGTH) ? "moderation-users.suspend.reason-too-long" : null;
		// the typed reason comes back with the page, whether refused or stale
		model.addAttribute("motif", reason);
		if (problem != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("motifError", problem);
			return UsersController.show(this.administration, id, actor, model);
		}
		return act(id, actor, model, response, redirect, "moderation-users.suspend.done",
				() -> this.administration.suspend(actor.id(), id, motive, version));
	}

	@PostMapping("/admin/utilisateurs/{id}/reactivation")
	String reactivate(@PathVariable long id, @RequestParam(name = "version") long version,
			@AuthenticationPrincipal CurrentAccount actor, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return act(id, actor, model, response, redirect, "moderation-users.reactivate.done",
				() -> this.administration.reactivate(actor.id(), id, version));
	}

	@PostMapping("/admin/utilisateurs/{id}/double-authentification")
	String resetSecondFactor(@PathVariable long id, @AuthenticationPrincipal CurrentAccount actor, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, actor, model, response, redirect, "moderation-users.second-factor.reset",
				() -> this.administration.resetSecondFactor(actor.id(), id));
	}

	private String act(long id, CurrentAccount actor, Model model, HttpServletResponse response,
			RedirectAttributes redirect, String successKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("success", successKey);
		}
		catch (UserActionRefusedException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		catch (OptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", "moderation-users.stale");
			return UsersController.show(this.administration, id, actor, model);
		}
		return "redirect:/admin/utilisateurs/" + id;
	}

}
