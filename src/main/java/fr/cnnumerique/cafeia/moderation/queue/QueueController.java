package fr.cnnumerique.cafeia.moderation.queue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import fr.cnnumerique.cafeia.accounts.CurrentAccount;

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

import jakarta.servlet.http.HttpServletResponse;

/**
 * The moderators' queue: pending items, items published by trusted authors awaiting
 * review, and the review page where a decision is taken. A decision form carries the
 * version the moderator saw; if someone decided or the author re-submitted meanwhile, the
 * page comes back with status 409, the fresh content and what the moderator typed.
 */
@Controller
class QueueController {

	static final List<Integer> AGES = List.of(2, 7, 30);

	private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

	private final ModerationDesk desk;

	private final ModerationProperties properties;

	QueueController(ModerationDesk desk, ModerationProperties properties) {
		this.desk = desk;
		this.properties = properties;
	}

	@GetMapping("/moderation")
	String list(@RequestParam(required = false) String type, @RequestParam(required = false) String age,
			@RequestParam(defaultValue = "1") String page, Model model) {
		String typeFilter = (type != null && TYPE.matcher(type).matches()) ? type : null;
		Integer days = AGES.stream().filter((allowed) -> allowed.toString().equals(age)).findFirst().orElse(null);
		model.addAttribute("items", this.desk.pending(typeFilter, (days != null) ? Duration.ofDays(days) : null,
				PageRequest.of(pageIndex(page), this.properties.pageSize())));
		model.addAttribute("counts", this.desk.pendingCounts());
		model.addAttribute("toReview", this.desk.toReviewCount());
		model.addAttribute("type", typeFilter);
		model.addAttribute("age", days);
		model.addAttribute("ages", AGES);
		return "moderation/queue";
	}

	@GetMapping("/moderation/a-relire")
	String toReview(@RequestParam(defaultValue = "1") String page, Model model) {
		model.addAttribute("items", this.desk.toReview(PageRequest.of(pageIndex(page), this.properties.pageSize())));
		return "moderation/to-review";
	}

	@GetMapping("/moderation/{id:\\d{1,18}}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentAccount current, Model model) {
		QueueItem item = this.desk.find(id).orElseThrow(ModerationException::notFound);
		model.addAttribute("form", new DecisionForm(null, null, null, Long.toString(item.version())));
		return review(item, current, model);
	}

	@PostMapping("/moderation/{id:\\d{1,18}}")
	String decide(@PathVariable long id, @AuthenticationPrincipal CurrentAccount current,
			@ModelAttribute("form") DecisionForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (current == null) {
			throw new AccessDeniedException("A decision needs a logged-in moderator");
		}
		QueueItem item = this.desk.find(id).orElseThrow(ModerationException::notFound);
		Decision decision = form.check(result, this.properties.reasons());
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return review(item, current, model);
		}
		try {
			this.desk.decide(id, form.seenVersion(), decision, form.reason(), form.comment(), current.id());
		}
		catch (ModerationException ex) {
			if (ex.status() == HttpStatus.NOT_FOUND) {
				throw ex;
			}
			QueueItem fresh = this.desk.find(id).orElseThrow(ModerationException::notFound);
			response.setStatus(ex.status().value());
			model.addAttribute("refusal", ex.messageKey());
			model.addAttribute("form", form.withVersion(fresh.version()));
			return review(fresh, current, model);
		}
		redirect.addFlashAttribute("success", "moderation.decision.done." + decision.mailTemplate());
		return "redirect:/moderation";
	}

	private String review(QueueItem item, CurrentAccount current, Model model) {
		boolean own = current != null && current.id() == item.authorId();
		model.addAttribute("item", item);
		model.addAttribute("own", own);
		model.addAttribute("canDecide", item.decidable() && !own);
		model.addAttribute("diff", LineDiff.between(item.approvedVersion(), item.submittedVersion()));
		model.addAttribute("firstVersion", item.approvedVersion() == null);
		model.addAttribute("reasons", this.properties.reasons());
		model.addAttribute("decisions", Decision.values());
		return "moderation/review";
	}

	static Long parseVersion(String version) {
		try {
			return (version != null) ? Long.valueOf(version.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static int pageIndex(String page) {
		try {
			return Math.max(1, Math.min(Integer.parseInt(page), 100_000)) - 1;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/**
	 * A decision as posted. Bound to strings so that a forged value becomes a field error
	 * rather than a binding failure.
	 */
	record DecisionForm(String decision, String reason, String comment, String version) {

		Decision check(BindingResult result, List<String> reasons) {
			Decision parsed = null;
			try {
				parsed = (this.decision != null) ? Decision.valueOf(this.decision) : null;
			}
			catch (IllegalArgumentException ex) {
				// a forged value: reported below like a missing one
			}
			if (parsed == null) {
				result.rejectValue("decision", "moderation.decision.decision.required");
			}
			if (seenVersion() == null) {
				result.reject("moderation.review.conflict");
			}
			boolean hasReason = this.reason != null && reasons.contains(this.reason);
			if (parsed != null && parsed.needsReason() && !hasReason) {
				result.rejectValue("reason", "moderation.decision.reason.required");
			}
			if (hasReason && ModerationProperties.OTHER.equals(this.reason)
					&& ModerationDesk.clean(this.comment) == null) {
				result.rejectValue("comment", "moderation.decision.comment.required");
			}
			if (this.comment != null && this.comment.length() > ModerationDesk.COMMENT_MAX) {
				result.rejectValue("comment", "moderation.decision.comment.too-long");
			}
			return parsed;
		}

		Long seenVersion() {
			return QueueController.parseVersion(this.version);
		}

		DecisionForm withVersion(long fresh) {
			return new DecisionForm(this.decision, this.reason, this.comment, Long.toString(fresh));
		}

	}

}
