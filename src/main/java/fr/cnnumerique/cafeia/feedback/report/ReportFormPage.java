package fr.cnnumerique.cafeia.feedback.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.cnnumerique.cafeia.events.EventFormat;
import fr.cnnumerique.cafeia.events.EventSummary;
import fr.cnnumerique.cafeia.resources.PublishedItem;
import fr.cnnumerique.cafeia.resources.ResourceLibrary;
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

	private final ResourceLibrary library;

	ReportFormPage(Taxonomies taxonomies, ResourceLibrary library) {
		this.taxonomies = taxonomies;
		this.library = library;
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
		model.addAttribute("chosenResources", chosen(form.libraryItems()));
		return VIEW;
	}

	private List<ChosenResource> chosen(List<Long> ids) {
		Map<Long, PublishedItem> published = this.library.published(ids)
			.stream()
			.collect(Collectors.toMap(PublishedItem::id, Function.identity()));
		return ids.stream().map((id) -> {
			PublishedItem item = published.get(id);
			return (item != null) ? new ChosenResource(id, item.title(), item.publicPath())
					: new ChosenResource(id, null, null);
		}).toList();
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

	/**
	 * Shows the form after a row button, nothing saved. Adding a library item looks up
	 * what was typed among published items: the item found joins the chosen ones and the
	 * page says which one it is; when none matches, the form comes back unchanged with a
	 * message on the field.
	 * @param add the {@code add} button pressed, or {@code null}
	 * @param remove the {@code remove} button pressed, or {@code null}
	 */
	String showAfterRowAction(Model model, ReportForm form, String add, String remove, EventSummary cafe,
			StoredReport existing, String action, boolean editable) {
		if (!ReportForm.RESOURCE.equals(add)) {
			return showFresh(model, form.withRowAction(add, remove), cafe, existing, action, editable);
		}
		Optional<PublishedItem> item = this.library.find(form.libraryItem());
		if (item.isPresent() && (form.libraryItems().contains(item.get().id())
				|| form.libraryItems().size() < ReportForm.MAX_ITEMS)) {
			model.addAttribute("addedResource", item.get());
			return showFresh(model, form.withLibraryItem(item.get().id()), cafe, existing, action, editable);
		}
		String view = showFresh(model, form, cafe, existing, action, editable);
		BindingResult errors = (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form");
		if (item.isPresent()) {
			errors.rejectValue("libraryItem", "feedback.report.form.libraryItem.full",
					new Object[] { ReportForm.MAX_ITEMS }, null);
		}
		else if (form.libraryItem().isEmpty()) {
			errors.rejectValue("libraryItem", "feedback.report.form.libraryItem.blank");
		}
		else {
			errors.rejectValue("libraryItem", "feedback.report.form.libraryItem.unknown",
					new Object[] { form.libraryItem() }, null);
		}
		return view;
	}

	/**
	 * A library item chosen for the report.
	 *
	 * @param id the item id
	 * @param title its public title, {@code null} when the library no longer shows it
	 * @param path its public page, {@code null} when the library no longer shows it
	 */
	record ChosenResource(long id, String title, String path) {
	}

	/** Whether the POST was a row button rather than the save button. */
	static boolean rowAction(String add, String remove) {
		return add != null || remove != null;
	}

}
