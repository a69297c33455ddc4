package fr.cnnumerique.cafeia.moderation.queue;

import fr.cnnumerique.cafeia.accounts.CurrentAccount;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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
 * Visitor reports awaiting action, grouped by content: staff unpublish the content with a
 * reason (its author is told, the reports are closed) or dismiss the reports.
 */
@Controller
class ReportsController {

	private final ModerationDesk desk;

	private final ModerationProperties properties;

	ReportsController(ModerationDesk desk, ModerationProperties properties) {
		this.desk = desk;
		this.properties = properties;
	}

	@GetMapping("/moderation/signalements")
	String list(@RequestParam(defaultValue = "1") String page, Model model) {
		model.addAttribute("items",
				this.desk.reported(PageRequest.of(QueueController.pageIndex(page), this.properties.pageSize())));
		model.addAttribute("counts", this.desk.reportCounts());
		return "moderation/reports";
	}

	@GetMapping("/moderation/signalements/{id:\\d{1,18}}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentAccount current, Model model) {
		QueueItem item = this.desk.find(id).orElseThrow(ModerationException::notFound);
		model.addAttribute("form", new UnpublishForm(null, null, Long.toString(item.version())));
		return page(item, current, model);
	}

	@PostMapping("/moderation/signalements/{id:\\d{1,18}}/retrait")
	String unpublish(@PathVariable long id, @AuthenticationPrincipal CurrentAccount current,
			@ModelAttribute("form") UnpublishForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (current == null) {
			throw new AccessDeniedException("Unpublishing needs a logged-in moderator");
		}
		QueueItem item = this.desk.find(id).orElseThrow(ModerationException::notFound);
		form.check(result, this.properties);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(item, current, model);
		}
		try {
			this.desk.unpublish(id, form.seenVersion(), form.reason(), form.comment(), current.id());
		}
		catch (ModerationException ex) {
			if (ex.status() == HttpStatus.NOT_FOUND) {
				throw ex;
			}
			QueueItem fresh = this.desk.find(id).orElseThrow(ModerationException::notFound);
			response.setStatus(ex.status().value());
			model.addAttribute("refusal", ex.messageKey());
			model.addAttribute("form",
					new UnpublishForm(form.reason(), form.comment(), Long.toString(fresh.version())));
			return page(fresh, current, model);
		}
		redirect.addFlashAttribute("success", "moderation.reports.unpublished");
		return "redirect:/moderation/signalements";
	}

	@PostMapping("/moderation/signalements/{id:\\d{1,18}}/classement")
	String dismiss(@PathVariable long id, @AuthenticationPrincipal CurrentAccount current,
			RedirectAttributes redirect) {
		if (current == null) {
			throw new AccessDeniedException("Dismissing needs a logged-in moderator");
		}
		try {
			this.desk.dismissReports(id, current.id());
		}
		catch (ModerationException ex) {
			if (ex.status() == HttpStatus.NOT_FOUND) {
				throw ex;
			}
			redirect.addFlashAttribute("error", ex.messageKey());
			return "redirect:/moderation/signalements/" + id;
		}
		redirect.addFlashAttribute("success", "moderation.reports.dismissed");
		return "redirect:/moderation/signalements";
	}

	private String page(QueueItem item, CurrentAccount current, Model model) {
		boolean own = current != null && current.id() == item.authorId();
		model.addAttribute("item", item);
		model.addAttribute("own", own);
		model.addAttribute("reports", this.desk.reportsOf(item.id()));
		model.addAttribute("reasons", this.properties.reasons());
		return "moderation/report-review";
	}

	record UnpublishForm(String reason, String comment, String version) {

		Long seenVersion() {
			return QueueController.parseVersion(this.version);
		}

		void check(BindingResult result, ModerationProperties properties) {
			boolean hasReason = this.reason != null && properties.reasons().contains(this.reason);
			if (!hasReason) {
				result.rejectValue("reason", "moderation.decision.reason.required");
			}
			if (hasReason && ModerationProperties.OTHER.equals(this.reason)
					&& ModerationDesk.clean(this.comment) == null) {
				result.rejectValue("comment", "moderation.decision.comment.required");
			}
			if (this.comment != null && this.comment.length() > ModerationDesk.COMMENT_MAX) {
				result.rejectValue("comment", "moderation.decision.comment.too-long");
			}
			if (seenVersion() == null) {
				result.reject("moderation.review.conflict");
			}
		}

	}

}
