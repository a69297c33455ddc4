package fr.cnnumerique.cafeia.feedback.participant;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fr.cnnumerique.cafeia.accounts.CurrentAccount;
import fr.cnnumerique.cafeia.feedback.curation.Curation;
import fr.cnnumerique.cafeia.feedback.curation.CurationQuery;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Curation of participants' comments by moderators, as for the texts of reports: the list
 * to sort with its filters (flagged for personal data, status, year of the café), editing
 * a comment to anonymise it (audited), and retaining it for the annual report or setting
 * it aside.
 */
@Controller
class CommentCurationController {

	static final String LIST = "/moderation/avis";

	private static final String ITEM = LIST + "/{id:\\d{1,18}}";

	private static final int PAGE_SIZE = 30;

	private final CommentCuration curation;

	CommentCurationController(CommentCuration curation) {
		this.curation = curation;
	}

	@GetMapping(LIST)
	String list(@RequestParam(name = "signale", required = false) String flagged,
			@RequestParam(name = "statut", required = false) String status,
			@RequestParam(name = "annee", required = false) String year,
			@RequestParam(name = "page", required = false) String page, Model model) {
		CommentFilter filter = CommentFilter.of(flagged, status, year);
		model.addAttribute("filter", filter);
		model.addAttribute("comments",
				this.curation.comments(filter, PageRequest.of(CurationQuery.pageIndex(page), PAGE_SIZE)));
		model.addAttribute("years", this.curation.years());
		model.addAttribute("statuses", Curation.values());
		model.addAttribute("baseUrl", filter.url(LIST));
		return "feedback/participant/comments";
	}

	@PostMapping(ITEM + "/statut")
	String curate(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id,
			@RequestParam(required = false) String curation, @RequestParam(required = false) Long version,
			@RequestParam(name = "retour", required = false) String back, RedirectAttributes redirect) {
		Curation chosen = Curation.parse(curation);
		if (chosen == null) {
			redirect.addFlashAttribute("error", "feedback.comments.status.invalid");
		}
		else if (!this.curation.curate(id, chosen, version, account.id())) {
			redirect.addFlashAttribute("error", "feedback.curation.stale");
		}
		else {
			redirect.addFlashAttribute("success", "feedback.comments.status.done." + chosen.name());
		}
		return "redirect:" + CurationQuery.back(back, LIST);
	}

	@GetMapping(ITEM)
	String editForm(@PathVariable long id, Model model) {
		CommentLine comment = this.curation.comment(id);
		model.addAttribute("form", new CommentForm(comment.text(), comment.version()));
		model.addAttribute("comment", comment);
		return "feedback/participant/comment";
	}

	@PostMapping(ITEM)
	String update(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id,
			@Valid @ModelAttribute("form") CommentForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		CommentLine comment = this.curation.comment(id);
		model.addAttribute("comment", comment);
		if (result.hasErrors()) {
			return "feedback/participant/comment";
		}
		if (form.version() == null || !this.curation.edit(comment, form.text(), form.version(), account.id())) {
			// the text saved meanwhile is shown; what was typed stays, now against the
			// version just read, so that saving again replaces it knowingly
			CommentLine current = this.curation.comment(id);
			CommentForm again = new CommentForm(form.text(), current.version());
			BindingResult conflict = new DirectFieldBindingResult(again, "form");
			conflict.reject("feedback.comments.conflict");
			model.addAttribute("comment", current);
			model.addAttribute("conflict", true);
			model.addAttribute("form", again);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", conflict);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return "feedback/participant/comment";
		}
		redirect.addFlashAttribute("success", "feedback.comments.edited");
		return "redirect:" + LIST;
	}

	/**
	 * A comment as staff edit it.
	 *
	 * @param text the comment, anonymised
	 * @param version the version the form was filled from
	 */
	record CommentForm(@NotBlank(message = "{feedback.comments.text.required}") @Size(max = FeedbackForm.COMMENT_MAX,
			message = "{feedback.comments.text.too-long}") String text, Long version) {

		CommentForm {
			text = (text != null) ? text.strip().replace("\r\n", "\n") : "";
		}

	}

}
