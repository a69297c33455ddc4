package fr.cnnumerique.cafeia.resources.library;

import java.time.ZoneId;
import java.util.Optional;

import jakarta.validation.Valid;

import fr.cnnumerique.cafeia.accounts.CurrentAccount;
import fr.cnnumerique.cafeia.resources.files.FileTypes;
import fr.cnnumerique.cafeia.resources.files.FilesProperties;
import fr.cnnumerique.cafeia.resources.files.UploadLimitFilter;

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
 * New versions of an item's files, each with its change note; earlier versions stay
 * downloadable and the public keeps the approved ones until the new one is approved.
 */
@Controller
class VersionController {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final LibraryEditor editor;

	private final ItemChecks checks;

	private final FilesProperties files;

	VersionController(LibraryEditor editor, ItemChecks checks, FilesProperties files) {
		this.editor = editor;
		this.checks = checks;
		this.files = files;
	}

	@ModelAttribute
	void limits(@RequestParam(name = UploadLimitFilter.TOO_LARGE, required = false) String tooLarge, Model model) {
		if (tooLarge != null) {
			model.addAttribute("error", "resources.files.too-large-request");
		}
		model.addAttribute("maxSize", this.files.maxSizeMegabytes());
		model.addAttribute("extensions", String.join(", ", FileTypes.EXTENSIONS));
		model.addAttribute("accept", "." + String.join(",.", FileTypes.EXTENSIONS));
	}

	@GetMapping("/espace/ressources/{id:\\d+}/nouvelle-version")
	String versionForm(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id, Model model) {
		LibraryItem item = withFiles(id, account);
		model.addAttribute("form", new VersionForm("", null));
		return versionPage(item, model);
	}

	@PostMapping("/espace/ressources/{id:\\d+}/nouvelle-version")
	String addVersion(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id,
			@Valid @ModelAttribute("form") VersionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		LibraryItem item = withFiles(id, account);
		Optional<Upload> upload = this.checks.checkFile(form.file(), "file", result);
		if (result.hasErrors()) {
			return versionPage(item, model);
		}
		this.editor.newVersion(id, upload.orElseThrow(), form.changeNote(), account.id());
		redirect.addFlashAttribute("success", "resources.version.success");
		return "redirect:/espace/ressources";
	}

	private String versionPage(LibraryItem item, Model model) {
		model.addAttribute("item", item);
		model.addAttribute("versions", this.editor.versions(item.id()));
		model.addAttribute("zone", PARIS);
		return "resources/version";
	}

	/** An item that is an external link has no files to version. */
	private LibraryItem withFiles(long id, CurrentAccount account) {
		LibraryItem item = this.editor.editable(id, account);
		if (item.isLink()) {
			throw new ItemNotFoundException(id);
		}
		return item;
	}

}
