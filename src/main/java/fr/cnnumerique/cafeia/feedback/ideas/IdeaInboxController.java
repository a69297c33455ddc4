package fr.cnnumerique.cafeia.feedback.ideas;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import fr.cnnumerique.cafeia.accounts.CurrentAccount;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The staff inbox of the idea box under {@code /moderation/contributions} (moderators and
 * administrators, by the security rules of {@code /moderation/**}): the list with its
 * filters, a contribution, and what staff do with it. A change made on a stale page is
 * refused with 409 and the page shown afresh.
 */
@Controller
class IdeaInboxController {

	private static final String BASE = "/moderation/contributions";

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final IdeaBox box;

	IdeaInboxController(IdeaBox box) {
		this.box = box;
	}

	@GetMapping(BASE)
	String list(@RequestParam(name = "statut", required = false) String status,
			@RequestParam(name = "type", required = false) String kind,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		IdeaStatus statusFilter = IdeaStatus.fromSlug(status).orElse(null);
		IdeaKind kindFilter = IdeaKind.fromSlug(kind).orElse(null);
		model.addAttribute("items", this.box.page(statusFilter, kindFilter, page - 1));
		model.addAttribute("statuses", IdeaStatus.values());
		model.addAttribute("kinds", IdeaKind.values());
		Optional<String> statusSlug = Optional.ofNullable(statusFilter).map(IdeaStatus::slug);
		Optional<String> kindSlug = Optional.ofNullable(kindFilter).map(IdeaKind::slug);
		model.addAttribute("status", statusSlug.orElse(null));
		model.addAttribute("kind", kindSlug.orElse(null));
		// the pagination links keep the filters
		model.addAttribute("baseUrl",
				UriComponentsBuilder.fromPath(BASE)
					.queryParamIfPresent("statut", statusSlug)
					.queryParamIfPresent("type", kindSlug)
					.build()
					.toUriString());
		model.addAttribute("zone", PARIS);
		return "feedback/ideas/inbox";
	}

	@GetMapping(BASE + "/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("idea", this.box.find(id).orElseThrow(IdeaNotFoundException::new));
		model.addAttribute("statuses", IdeaStatus.values());
		model.addAttribute("zone", PARIS);
		if (!model.containsAttribute("replyText")) {
			model.addAttribute("replyText", "");
		}
		return "feedback/ideas/show";
	}

	@PostMapping(BASE + "/{id:\\d+}/statut")
	String changeStatus(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "version", required = false) Long version, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		IdeaStatus target = IdeaStatus.fromSlug(status).orElse(null);
		if (target == null || version == null) {
			return refused(id, "feedback.ideas.inbox.status.missing", HttpStatus.BAD_REQUEST, response, model);
		}
		if (!this.box.changeStatus(id, version, target, account.id(), Instant.now())) {
			return refused(id, "feedback.ideas.inbox.stale", HttpStatus.CONFLICT, response, model);
		}
		redirect.addFlashAttribute("success", "feedback.ideas.inbox.status.changed");
		return "redirect:" + BASE + "/" + id;
	}

	@PostMapping(BASE + "/{id:\\d+}/rapport")
	String retain(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id,
			@RequestParam(name = "retained", defaultValue = "false") boolean retained,
			@RequestParam(name = "version", required = false) Long version, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		if (version == null || !this.box.setRetained(id, version, retained, account.id(), Instant.now())) {
			return refused(id, "feedback.ideas.inbox.stale", HttpStatus.CONFLICT, response, model);
		}
		redirect.addFlashAttribute("success",
				retained ? "feedback.ideas.inbox.retained" : "feedback.ideas.inbox.unretained");
		return "redirect:" + BASE + "/" + id;
	}

	@PostMapping(BASE + "/{id:\\d+}/reponse")
	String reply(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id,
			@RequestParam(name = "text", required = false) String text,
			@RequestParam(name = "version", required = false) Long version, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		String reply = (text != null) ? text.strip().replace("\r\n", "\n") : "";
		if (reply.isEmpty() || reply.length() > IdeaForm.MESSAGE_MAX * 2) {
			model.addAttribute("replyText", reply);
			return refused(id, "feedback.ideas.inbox.reply.invalid", HttpStatus.BAD_REQUEST, response, model);
		}
		if (version == null || !this.box.reply(id, version, reply, account.id(), Instant.now())) {
			model.addAttribute("replyText", reply);
			return refused(id, "feedback.ideas.inbox.reply.refused", HttpStatus.CONFLICT, response, model);
		}
		redirect.addFlashAttribute("success", "feedback.ideas.inbox.reply.sent");
		return "redirect:" + BASE + "/" + id;
	}

	private String refused(long id, String error, HttpStatus status, HttpServletResponse response, Model model) {
		response.setStatus(status.value());
		model.addAttribute("error", error);
		return show(id, model);
	}

}
