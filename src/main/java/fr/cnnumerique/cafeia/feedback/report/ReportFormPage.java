package fr.cnnumerique.cafeia.feedback.report;

import java.util.ArrayList;
import java.util.List;

import fr.cnnumerique.cafeia.events.EventFormat;
import fr.cnnumerique.cafeia.events.EventSummary;
import fr.cnnumerique.cafeia.taxonomy.Taxonomies;
import fr.cnnumerique.cafeia.taxonomy.Vocabulary;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * What the report form page needs besides the form: the choices it offers. Shared by the
 * café report and the catch-up form.
 */
@Component
class ReportFormPage {

	static final String VIEW = "feedback/report/form";

	/** The lists of short items, in the order shown. */
	static final List<ItemKind> LISTS = List.of(ItemKind.QUESTION, ItemKind.CONCERN, ItemKind.PROPOSAL);

	private final Taxonomies taxonomies;

	ReportFormPage(Taxonomies taxonomies) {
		this.taxonomies = taxonomies;
	}

	/**
	 * Fills the model for the form page.
	 * @param form the form shown, also in the model as {@code form}
	 * @param cafe the café of the portal, {@code null} for a catch-up report
	 * @param existing the report stored so far, {@code null} for a first one
	 * @param action where the form posts
	 * @param editable whether the form may be saved (the year is not closed)
	 * @return the view name
	 */
	String show(Model model, ReportForm form, EventSummary cafe, StoredReport existing, String action,
			boolean editable) {
		model.addAttribute("action", action);
		model.addAttribute("cafe", cafe);
		model.addAttribute("report", existing);
		model.addAttribute("editable", editable);
		List<String> usedThemes = new ArrayList<>();
		if (existing != null) {
			usedThemes.addAll(existing.themes());
			usedThemes.addAll(existing.itemThemes());
		}
		model.addAttribute("themeChoices", this.taxonomies.choices(Vocabulary.THEME, usedThemes));
		model.addAttribute("formatChoices", this.taxonomies.choices(Vocabulary.FORMAT,
				(existing != null && existing.formatCode() != null) ? List.of(existing.formatCode()) : List.of()));
		model.addAttribute("audienceChoices",
				this.taxonomies.choices(Vocabulary.AUDIENCE, (existing != null) ? existing.audiences() : List.of()));
		model.addAttribute("eventFormats", EventFormat.values());
		model.addAttribute("ageBands", ReportForm.AGE_BANDS);
		model.addAttribute("runAgainChoices", RunAgain.values());
		model.addAttribute("lists", LISTS);
		model.addAttribute("maxItems", ReportForm.MAX_ITEMS);
		return VIEW;
	}

	/**
	 * Shows a form fresh from the database or after a row button: no errors, and a row to
	 * type in for each list.
	 */
	String showFresh(Model model, ReportForm form, EventSummary cafe, StoredReport existing, String action,
			boolean editable) {
		ReportForm filled = form.withRowsToFill();
		model.addAttribute("form", filled);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(filled, "form"));
		return show(model, filled, cafe, existing, action, editable);
	}

	/** Whether the POST was a row button rather than the save button. */
	static boolean rowAction(String add, String remove) {
		return add != null || remove != null;
	}

}
