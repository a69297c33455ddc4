package fr.cnnumerique.cafeia.taxonomy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The labels of a term being created or renamed, and the version the administrator saw.
 */
record TermForm(
		@NotBlank(message = "{taxonomy.form.label-fr.required}") @Size(max = 80,
				message = "{taxonomy.form.label-fr.too-long}") @Pattern(regexp = "\\P{Cntrl}*",
						message = "{taxonomy.form.label.invalid}") String labelFr,
		@NotBlank(message = "{taxonomy.form.label-en.required}") @Size(max = 80,
				message = "{taxonomy.form.label-en.too-long}") @Pattern(regexp = "\\P{Cntrl}*",
						message = "{taxonomy.form.label.invalid}") String labelEn,
		Long version) {

	TermForm {
		labelFr = normalise(labelFr);
		labelEn = normalise(labelEn);
	}

	static TermForm empty() {
		return new TermForm("", "", null);
	}

	static TermForm of(TermRow row) {
		return new TermForm(row.labelFr(), row.labelEn(), row.version());
	}

	private static String normalise(String label) {
		return (label != null) ? label.strip().replaceAll("\\s+", " ") : null;
	}

}
