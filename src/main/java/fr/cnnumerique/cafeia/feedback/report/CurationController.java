package fr.cnnumerique.cafeia.feedback.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fr.cnnumerique.cafeia.accounts.CurrentAccount;
import fr.cnnumerique.cafeia.feedback.curation.Curation;
import fr.cnnumerique.cafeia.feedback.curation.CurationQuery;
import fr.cnnumerique.cafeia.taxonomy.Taxonomies;
import fr.cnnumerique.cafeia.taxonomy.Term;
import fr.cnnumerique.cafeia.taxonomy.Vocabulary;

import org.springframework.data.domain.PageRequest;
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
 * Curation of the free texts of reports by moderators: the list to sort with its filters
 * (flagged for personal data, theme, kind, status), editing a text to anonymise it
 * (audited), and retaining it for the annual report or setting it aside.
 */
@Controller
class CurationController {

	static final String LIST = "/moderation/bilans/elements";

	private static final String ITEM = LIST + "/{id:\\d{1,18}}";

	private static final int PAGE_SIZE = 30;

	private final ReportAdministration administration;

	private final Taxonomies taxonomies;

	CurationController(ReportAdministration administration, Taxonomies taxonomies) {
		this.administration = administration;
		this.taxonomies = taxonomies;
	}

	@GetMapping(LIST)
	String list(@RequestParam(name = "signale", required = false) String flagged,
			@RequestParam(required = false) String theme, @RequestParam(name = "type", required = false) String kind,
			@RequestParam(name = "statut", required = false) String status,
			@RequestParam(name = "page", required = false) String pageNumber, Locale locale, Model model) {
		CurationFilter filter = CurationFilter.of(flagged, theme, kind, status);
		model.addAttribute("filter", filter);
		model.addAttribute("items",
				this.administration.items(filter, PageRequest.of(CurationQuery.pageIndex(pageNumber), PAGE_SIZE)));
		List<Term> themes = this.taxonomies.all(Vocabulary.THEME);
		model.addAttribute("themes", themes);
		model.addAttribute("themeLabels",
				themes.stream().collect(Collectors.toMap(Term::code, (t) -> t.label(locale))));
		model.addAttribute("kinds", ItemKind.values());
		model.addAttribute("statuses", Curation.values());
		model.addAttribute("baseUrl", filter.url(LIST));
		return "feedback/report/items";
	}

	@PostMapping(ITEM + "/statut")
	String curate(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id,
			@RequestParam(required = false) String curation, @RequestParam(required = false) Long version,
			@RequestParam(name = "retour", required = false) String back, RedirectAttributes redirect) {
		Curation chosen = Curation.parse(curation);
		if (chosen == null) {
			redirect.addFlashAttribute("error", "feedback.report.curation.status.invalid");
		}
		else if (!this.administration.curate(id, chosen, version, account.id())) {
			redirect.addFlashAttribute("error", "feedback.curation.stale");
		}
		else {
			redirect.addFlashAttribute("success", "feedback.report.curation.status.done." + chosen.name());
		}
		return "redirect:" + CurationQuery.back(back, LIST);
	}

	@GetMapping(ITEM)
	String editForm(@PathVariable long id, Model model) {
		CurationLine item = this.administration.item(id);
		model.addAttribute("form", new ItemForm(item.text(), item.themeCode(), item.version()));
		return show(model, item);
	}

	@PostMapping(ITEM)
	String update(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id,
			@Valid @ModelAttribute("form") ItemForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		CurationLine item = this.administration.item(id);
		String theme = form.theme().isEmpty() ? null : form.theme();
		if (item.kind().listed() && form.text().length() > ItemKind.MAX_LISTED_LENGTH
				&& !result.hasFieldErrors("text")) {
			result.rejectValue("text", "feedback.report.form.item.too-long");
		}
		if (item.kind().listed() && theme == null) {
			result.rejectValue("theme", "feedback.report.form.item.theme.required");
		}
		else if (theme != null && !this.taxonomies
			.unusable(Vocabulary.THEME, List.of(theme),
					(item.themeCode() != null) ? List.of(item.themeCode()) : List.of())
			.isEmpty()) {
			result.rejectValue("theme", "feedback.report.form.themes.unusable");
		}
		if (result.hasErrors()) {
			return show(model, item);
		}
		if (form.version() == null || !this.administration.edit(item, form.text(), item.kind().listed() ? theme : null,
				form.version(), account.id())) {
			result.reject("feedback.report.curation.conflict");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return show(model, item);
		}
		redirect.addFlashAttribute("success", "feedback.report.curation.edited");
		return "redirect:" + LIST;
	}

	private String show(Model model, CurationLine item) {
		model.addAttribute("item", item);
		model.addAttribute("themes", this.taxonomies.choices(Vocabulary.THEME,
				(item.themeCode() != null) ? List.of(item.themeCode()) : List.of()));
		return "feedback/report/item";
	}

	/**
	 * An item as staff edit it.
	 *
	 * @param text the text, anonymised
	 * @param theme its theme code, for questions, concerns and proposals
	 * @param version the version the form was filled from
	 */
	record ItemForm(
			@NotBlank(message = "{feedback.report.curation.text.required}") @Size(max = ItemKind.MAX_TEXT_LENGTH,
					message = "{feedback.report.form.text.too-long}") String text,
			String theme, Long version) {

		ItemForm {
			text = (text != null) ? text.strip().replace("\r\n", "\n") : "";
			theme = (theme != null) ? theme.strip() : "";
		}

	}

}
