package fr.cnnumerique.cafeia.resources.library;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.cnnumerique.cafeia.resources.files.FileTypes;
import fr.cnnumerique.cafeia.resources.files.FilesProperties;
import fr.cnnumerique.cafeia.taxonomy.Taxonomies;
import fr.cnnumerique.cafeia.taxonomy.Vocabulary;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The business rules of the library forms beyond Bean Validation: no HTML, known codes
 * and licence, an {@code http(s)} link or a file (never both), a file whose content
 * matches its extension and fits the size limit, and the source of an adaptation that may
 * be adapted.
 */
@Component
class ItemChecks {

	private static final Pattern MARKUP = Pattern.compile("[<>]");

	/** Markdown quotes with {@code >}: only what looks like a tag is refused there. */
	private static final Pattern TAG = Pattern.compile("<\\s*[a-zA-Z/!?]");

	private static final Pattern SOURCE = Pattern.compile("^(?:.*/ressources/)?([0-9]{1,18})(?:[-/?#].*)?$");

	private final Taxonomies taxonomies;

	private final FileTypes types;

	private final FilesProperties files;

	private final LibraryStore store;

	ItemChecks(Taxonomies taxonomies, FileTypes types, FilesProperties files, LibraryStore store) {
		this.taxonomies = taxonomies;
		this.types = types;
		this.files = files;
		this.store = store;
	}

	/**
	 * Checks the form, adding field errors, and returns the item to store when there are
	 * none.
	 * @param existing the draft being edited, empty for a new item
	 */
	Optional<LibraryItem> check(ItemForm form, Errors errors, Optional<LibraryItem> existing) {
		Map<String, String> texts = Map.of("title", form.title(), "summary", form.summary(), "authors", form.authors(),
				"organisation", form.organisation(), "licenceTerms", form.licenceTerms(), "externalUrl",
				form.externalUrl(), "licenceUrl", form.licenceUrl());
		texts.forEach((field, value) -> {
			if (MARKUP.matcher(value).find() && !errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "resources.form.html");
			}
		});
		if (TAG.matcher(form.description()).find() && !errors.hasFieldErrors("description")) {
			errors.rejectValue("description", "resources.form.html");
		}
		if (!form.kind().isEmpty() && !Vocabularies.KINDS.contains(form.kind())) {
			errors.rejectValue("kind", "resources.form.kind.required");
		}
		if (!form.level().isEmpty() && !Vocabularies.LEVELS.contains(form.level())) {
			errors.rejectValue("level", "resources.form.level.required");
		}
		if (!form.language().isEmpty() && !Vocabularies.LANGUAGES.contains(form.language())) {
			errors.rejectValue("language", "resources.form.language.required");
		}
		var themesHeld = existing.map(LibraryItem::themes).orElse(java.util.List.of());
		var audiencesHeld = existing.map(LibraryItem::audiences).orElse(java.util.List.of());
		if (!this.taxonomies.unusable(Vocabulary.THEME, form.themes(), themesHeld).isEmpty()) {
			errors.rejectValue("themes", "resources.form.themes.unknown");
		}
		if (!this.taxonomies.unusable(Vocabulary.AUDIENCE, form.audiences(), audiencesHeld).isEmpty()) {
			errors.rejectValue("audiences", "resources.form.audiences.unknown");
		}
		Integer duration = duration(form.duration(), errors);
		Optional<Licence> licence = Licence.of(form.licence());
		if (licence.isEmpty() && !errors.hasFieldErrors("licence")) {
			errors.rejectValue("licence", "resources.form.licence.unknown");
		}
		checkLink(form.licenceUrl(), "licenceUrl", errors);
		if (licence.orElse(null) == Licence.OPERATOR && form.licenceTerms().isEmpty() && form.licenceUrl().isEmpty()
				&& !errors.hasFieldErrors("licenceTerms")) {
			errors.rejectValue("licenceTerms", "resources.form.licenceTerms.required");
		}
		checkLink(form.externalUrl(), "externalUrl", errors);
		checkContent(form, errors, existing);
		Long source = existing.isPresent() ? existing.get().adaptedFrom() : source(form, licence, errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		boolean operator = licence.get() == Licence.OPERATOR;
		return Optional.of(new LibraryItem(0, form.title(), form.summary(), blankToNull(form.description()),
				form.kind(), form.themes(), form.audiences(), duration, form.level(), form.language(), form.authors(),
				blankToNull(form.organisation()), blankToNull(form.externalUrl()), form.licence(),
				operator ? blankToNull(form.licenceTerms()) : null, operator ? blankToNull(form.licenceUrl()) : null,
				operator && form.noDerivatives(), source, null, 0, 0, null,
				(form.version() != null) ? form.version() : 0));
	}

	/**
	 * Checks an uploaded file, adding an error to {@code field} when it may not be
	 * stored.
	 * @return the file ready to store, empty when refused
	 */
	Optional<Upload> checkFile(MultipartFile file, String field, Errors errors) {
		String name = originalName(file);
		if (file == null || file.isEmpty()) {
			errors.rejectValue(field,
					(file != null && !name.isEmpty()) ? "resources.files.empty" : "resources.files.required");
			return Optional.empty();
		}
		if (file.getSize() > this.files.maxSize().toBytes()) {
			errors.rejectValue(field, "resources.files.too-large", new Object[] { this.files.maxSizeMegabytes() },
					null);
			return Optional.empty();
		}
		FileTypes.Verdict verdict;
		try (InputStream content = file.getInputStream()) {
			verdict = this.types.check(name, content);
		}
		catch (IOException ex) {
			errors.rejectValue(field, "resources.files.unreadable");
			return Optional.empty();
		}
		if (!verdict.isAccepted()) {
			errors.rejectValue(field, "resources.files." + verdict.refusal(),
					new Object[] { String.join(", ", FileTypes.EXTENSIONS) }, null);
			return Optional.empty();
		}
		return Optional.of(new Upload(name, verdict.mediaType(), file));
	}

	private void checkContent(ItemForm form, Errors errors, Optional<LibraryItem> existing) {
		if (existing.isPresent()) {
			if (existing.get().isLink() && form.externalUrl().isEmpty() && !errors.hasFieldErrors("externalUrl")) {
				errors.rejectValue("externalUrl", "resources.form.externalUrl.required");
			}
			if (!existing.get().isLink() && !form.externalUrl().isEmpty() && !errors.hasFieldErrors("externalUrl")) {
				errors.rejectValue("externalUrl", "resources.form.externalUrl.files");
			}
			return;
		}
		boolean file = form.file() != null && !originalName(form.file()).isEmpty();
		if (file && !form.externalUrl().isEmpty()) {
			errors.rejectValue("externalUrl", "resources.form.content.both");
		}
		else if (!file && form.externalUrl().isEmpty()) {
			errors.rejectValue("file", "resources.form.content.required");
		}
		else if (file) {
			checkFile(form.file(), "file", errors);
		}
	}

	private Long source(ItemForm form, Optional<Licence> licence, Errors errors) {
		if (form.adaptedFrom().isEmpty()) {
			return null;
		}
		Matcher matcher = SOURCE.matcher(form.adaptedFrom());
		Optional<LibraryItem> source = matcher.matches() ? this.store.published(Long.parseLong(matcher.group(1)))
				: Optional.empty();
		if (source.isEmpty()) {
			errors.rejectValue("adaptedFrom", "resources.form.adaptedFrom.unknown");
			return null;
		}
		LibraryItem item = source.get();
		if (item.forbidsDerivatives() && !form.permissionConfirmed()) {
			errors.rejectValue("permissionConfirmed", "resources.form.permission.required",
					new Object[] { item.title() }, null);
		}
		Optional<Licence> sourceLicence = Licence.of(item.licence());
		if (sourceLicence.isPresent() && sourceLicence.get().shareAlike() && licence.isPresent()
				&& licence.get() != sourceLicence.get()) {
			errors.rejectValue("licence", "resources.form.licence.share-alike", new Object[] { item.title() }, null);
		}
		return item.id();
	}

	private static Integer duration(String text, Errors errors) {
		if (text.isEmpty()) {
			return null;
		}
		if (!text.matches("[0-9]{1,4}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 1440) {
			errors.rejectValue("duration", "resources.form.duration.invalid");
			return null;
		}
		return Integer.valueOf(text);
	}

	/**
	 * Only {@code http} and {@code https} addresses with a host: no {@code javascript:}.
	 */
	private static void checkLink(String link, String field, Errors errors) {
		if (link.isEmpty() || errors.hasFieldErrors(field)) {
			return;
		}
		try {
			URI uri = new URI(link);
			if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
					|| uri.getHost() == null || !uri.getHost().contains(".")) {
				errors.rejectValue(field, "resources.form.link.invalid");
			}
		}
		catch (URISyntaxException ex) {
			errors.rejectValue(field, "resources.form.link.invalid");
		}
	}

	/** The last segment of the name the browser sent, without control characters. */
	static String originalName(MultipartFile file) {
		if (file == null || file.getOriginalFilename() == null) {
			return "";
		}
		String name = file.getOriginalFilename().replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		return (name.length() > 255) ? name.substring(name.length() - 255) : name;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
