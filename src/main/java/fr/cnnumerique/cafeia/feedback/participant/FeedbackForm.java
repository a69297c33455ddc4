package fr.cnnumerique.cafeia.feedback.participant;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One participant's answer as posted, with the public-form guard's two fields. The
 * satisfaction and the yes/no answer are bound as text so that a forged value gets the
 * form's own French message rather than a conversion error.
 *
 * @param satisfaction {@code 1} to {@code 5}
 * @param learned {@code oui} or {@code non}
 * @param themes theme codes the participant wants to know more about, possibly none
 * @param comment free comment, at most 500 characters
 * @param website the honeypot field
 * @param formToken the signed time the form was shown
 */
record FeedbackForm(
		@NotNull(message = "{feedback.participant.form.satisfaction.required}") @Pattern(regexp = "[1-5]",
				message = "{feedback.participant.form.satisfaction.required}") String satisfaction,
		@NotNull(message = "{feedback.participant.form.learned.required}") @Pattern(regexp = "oui|non",
				message = "{feedback.participant.form.learned.required}") String learned,
		List<String> themes,
		@Size(max = COMMENT_MAX, message = "{feedback.participant.form.comment.too-long}") String comment,
		String website, String formToken) {

	static final int COMMENT_MAX = 500;

	FeedbackForm {
		themes = (themes != null) ? List.copyOf(themes) : List.of();
		comment = (comment != null) ? comment.strip().replace("\r\n", "\n") : null;
		if (comment != null && comment.isEmpty()) {
			comment = null;
		}
	}

	static FeedbackForm empty() {
		return new FeedbackForm(null, null, List.of(), null, null, null);
	}

	public boolean hasTheme(String code) {
		return this.themes.contains(code);
	}

}
