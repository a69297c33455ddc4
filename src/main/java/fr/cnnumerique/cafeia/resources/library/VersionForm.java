package fr.cnnumerique.cafeia.resources.library;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * A new version of an item's files and what changed.
 */
record VersionForm(@NotBlank(message = "{resources.version.changeNote.required}") @Size(max = 500,
		message = "{resources.version.changeNote.too-long}") @Pattern(regexp = "[^<>]*",
				message = "{resources.form.html}") String changeNote,
		MultipartFile file) {

	VersionForm {
		changeNote = (changeNote != null) ? changeNote.strip() : "";
	}

}
