package fr.cnnumerique.cafeia.feedback.ideas;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A contribution as posted, with the public-form guard's two fields.
 *
 * @param kind {@code idee}, {@code action} or {@code ressource}
 * @param subject at most 120 characters
 * @param message at most 2,000 characters
 * @param email where to answer, optional; one plain address
 * @param website the honeypot field
 * @param formToken the signed time the form was shown
 */
record IdeaForm(
		@NotNull(message = "{feedback.ideas.form.kind.required}") @Pattern(regexp = "idee|action|ressource",
				message = "{feedback.ideas.form.kind.required}") String kind,
		@NotBlank(message = "{feedback.ideas.form.subject.required}") @Size(max = SUBJECT_MAX,
				message = "{feedback.ideas.form.subject.too-long}") String subject,
		@NotBlank(message = "{feedback.ideas.form.message.required}") @Size(max = MESSAGE_MAX,
				message = "{feedback.ideas.form.message.too-long}") String message,
		@Size(max = 254, message = "{feedback.ideas.form.email.invalid}") @Pattern(regexp = ADDRESS,
				message = "{feedback.ideas.form.email.invalid}") String email,
		String website, String formToken) {

	static final int SUBJECT_MAX = 120;

	static final int MESSAGE_MAX = 2000;

	/** One plain address, fit for a mail header: no spaces, quotes or lists. */
	static final String ADDRESS = "[^@\\s\\p{Cntrl}<>,;\"]+@[^@\\s\\p{Cntrl}<>,;\"]+\\.[^@\\s\\p{Cntrl}<>,;\"]+";

	IdeaForm {
		subject = (subject != null) ? subject.strip().replaceAll("\\s+", " ") : null;
		message = (message != null) ? message.strip().replace("\r\n", "\n") : null;
		email = (email != null && !email.isBlank()) ? email.strip() : null;
	}

	static IdeaForm empty() {
		return new IdeaForm(null, null, null, null, null, null);
	}

}
