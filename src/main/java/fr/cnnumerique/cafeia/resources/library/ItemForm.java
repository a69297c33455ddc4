package fr.cnnumerique.cafeia.resources.library;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * What an author types about a library item. The duration stays text so that a mistyped
 * one gets a French message; {@link ItemChecks} parses it and checks the rest.
 *
 * @param adaptedFrom the item this one adapts: its number or its address, creation only
 * @param permissionConfirmed the author confirms having the permission to adapt an item
 * whose terms forbid it
 * @param file the first file, creation only; absent for an external link
 */
record ItemForm(
		@NotBlank(message = "{resources.form.title.required}") @Size(max = 160,
				message = "{resources.form.title.too-long}") String title,
		@NotBlank(message = "{resources.form.summary.required}") @Size(max = 300,
				message = "{resources.form.summary.too-long}") String summary,
		@Size(max = 10000, message = "{resources.form.description.too-long}") String description,
		@NotBlank(message = "{resources.form.kind.required}") String kind, List<String> themes, List<String> audiences,
		String duration, @NotBlank(message = "{resources.form.level.required}") String level,
		@NotBlank(message = "{resources.form.language.required}") String language,
		@NotBlank(message = "{resources.form.authors.required}") @Size(max = 300,
				message = "{resources.form.authors.too-long}") String authors,
		@Size(max = 160, message = "{resources.form.organisation.too-long}") String organisation,
		@Size(max = 500, message = "{resources.form.externalUrl.too-long}") String externalUrl,
		@NotBlank(message = "{resources.form.licence.unknown}") String licence,
		@Size(max = 2000, message = "{resources.form.licenceTerms.too-long}") String licenceTerms,
		@Size(max = 500, message = "{resources.form.licenceUrl.too-long}") String licenceUrl, Boolean noDerivatives,
		String adaptedFrom, Boolean permissionConfirmed, MultipartFile file, Long version) {

	ItemForm {
		title = strip(title);
		summary = strip(summary);
		description = strip(description);
		kind = strip(kind);
		themes = (themes != null) ? List.copyOf(themes) : List.of();
		audiences = (audiences != null) ? List.copyOf(audiences) : List.of();
		duration = strip(duration);
		level = strip(level);
		language = strip(language);
		authors = strip(authors);
		organisation = strip(organisation);
		externalUrl = strip(externalUrl);
		licence = strip(licence);
		licenceTerms = strip(licenceTerms);
		licenceUrl = strip(licenceUrl);
		noDerivatives = Boolean.TRUE.equals(noDerivatives);
		adaptedFrom = strip(adaptedFrom);
		permissionConfirmed = Boolean.TRUE.equals(permissionConfirmed);
	}

	static ItemForm empty(String adaptedFrom) {
		return new ItemForm("", "", "", "", List.of(), List.of(), "", "decouverte", "fr", "", "", "",
				Licence.DEFAULT.code(), "", "", false, adaptedFrom, false, null, null);
	}

	static ItemForm of(LibraryItem item) {
		return new ItemForm(item.title(), item.summary(), item.description(), item.kind(), item.themes(),
				item.audiences(), (item.durationMinutes() != null) ? item.durationMinutes().toString() : "",
				item.level(), item.language(), item.authors(), item.organisation(), item.externalUrl(), item.licence(),
				item.licenceTerms(), item.licenceUrl(), item.noDerivatives(),
				(item.adaptedFrom() != null) ? item.adaptedFrom().toString() : "", false, null, item.version());
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : "";
	}

}
