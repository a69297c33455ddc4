package fr.cnnumerique.cafeia.resources.library;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import fr.cnnumerique.cafeia.accounts.CurrentAccount;
import fr.cnnumerique.cafeia.resources.files.FileTypes;
import fr.cnnumerique.cafeia.resources.files.FilesProperties;
import fr.cnnumerique.cafeia.resources.files.UploadLimitFilter;
import fr.cnnumerique.cafeia.taxonomy.Taxonomies;
import fr.cnnumerique.cafeia.taxonomy.Vocabulary;

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
 * A facilitator's resources: the list, creation, edition and unpublishing (new versions
 * of the files: {@link VersionController}). Every save goes to moderation; only the
 * author and staff may change an item.
 */
@Controller
class MyResourcesController {

	private static final String FORM = "resources/form";

	private static final String MINE = "redirect:/espace/ressources";

	private final LibraryEditor editor;

	private final ItemChecks checks;

	private final Taxonomies taxonomies;

	private final FilesProperties files;

	MyResourcesController(LibraryEditor editor, ItemChecks checks, Taxonomies taxonomies, FilesProperties files) {
		this.editor = editor;
		this.checks = checks;
		this.taxonomies = taxonomies;
		this.files = files;
	}

	/**
	 * The choices of the forms, and the message of an upload that the container refused
	 * as too large ({@link UploadLimitFilter}).
	 */
	@ModelAttribute
	void choices(@RequestParam(name = UploadLimitFilter.TOO_LARGE, required = false) String tooLarge, Model model) {
		if (tooLarge != null) {
			model.addAttribute("error", "resources.files.too-large-request");
		}
		model.addAttribute("kinds", Vocabularies.KINDS);
		model.addAttribute("levels", Vocabularies.LEVELS);
		model.addAttribute("languages", Vocabularies.LANGUAGES);
		model.addAttribute("licences", Arrays.stream(Licence.values()).map(Licence::code).toList());
		model.addAttribute("maxSize", this.files.maxSizeMegabytes());
		model.addAttribute("extensions", String.join(", ", FileTypes.EXTENSIONS));
		model.addAttribute("accept", "." + String.join(",.", FileTypes.EXTENSIONS));
	}

	@GetMapping("/espace/ressources")
	String list(@AuthenticationPrincipal CurrentAccount account, Model model) {
		model.addAttribute("items", this.editor.byAuthor(account.id()));
		return "resources/mine";
	}

	@GetMapping("/espace/ressources/nouveau")
	String createForm(@RequestParam(name = "adapte-de", required = false) Long source, Model model) {
		return createPage(ItemForm.empty((source != null) ? source.toString() : ""), model);
	}

	@PostMapping("/espace/ressources/nouveau")
	String create(@AuthenticationPrincipal CurrentAccount account, @Valid @ModelAttribute("form") ItemForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Optional<LibraryItem> item = this.checks.check(form, result, Optional.empty());
		if (item.isEmpty()) {
			return createPage(form, model);
		}
		Upload upload = (item.get().isLink()) ? null : this.checks.checkFile(form.file(), "file", result).orElseThrow();
		this.editor.create(item.get(), upload, account.id());
		redirect.addFlashAttribute("success", "resources.create.success");
		return MINE;
	}

	@GetMapping("/espace/ressources/{id:\\d+}/modifier")
	String editForm(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id, Model model) {
		LibraryItem item = editable(id, account);
		model.addAttribute("form", ItemForm.of(item));
		return editPage(item, model);
	}

	@PostMapping("/espace/ressources/{id:\\d+}/modifier")
	String update(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id,
			@Valid @ModelAttribute("form") ItemForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		LibraryItem draft = editable(id, account);
		Optional<LibraryItem> item = this.checks.check(form, result, Optional.of(draft));
		if (item.isEmpty()) {
			return editPage(draft, model);
		}
		if (!this.editor.update(id, item.get(), account.id())) {
			result.reject("resources.form.conflict");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return editPage(draft, model);
		}
		redirect.addFlashAttribute("success", "resources.update.success");
		return MINE;
	}

	@PostMapping("/espace/ressources/{id:\\d+}/retirer")
	String withdraw(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id,
			RedirectAttributes redirect) {
		editable(id, account);
		this.editor.withdraw(id);
		redirect.addFlashAttribute("success", "resources.withdraw.success");
		return MINE;
	}

	private String createPage(ItemForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("action", "/espace/ressources/nouveau");
		termChoices(List.of(), List.of(), model);
		return FORM;
	}

	private String editPage(LibraryItem item, Model model) {
		model.addAttribute("item", item);
		model.addAttribute("action", "/espace/ressources/" + item.id() + "/modifier");
		termChoices(item.themes(), item.audiences(), model);
		return FORM;
	}

	private void termChoices(List<String> themes, List<String> audiences, Model model) {
		model.addAttribute("themeChoices", this.taxonomies.choices(Vocabulary.THEME, themes));
		model.addAttribute("audienceChoices", this.taxonomies.choices(Vocabulary.AUDIENCE, audiences));
	}

	private LibraryItem editable(long id, CurrentAccount account) {
		return this.editor.editable(id, account);
	}

}
