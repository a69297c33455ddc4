package fr.cnnumerique.cafeia.feedback.participant;

/**
 * A feedback link nobody was given: mistyped, truncated or forged. Answered with a 404
 * page that says so in plain words.
 */
class FeedbackLinkNotFoundException extends RuntimeException {

	FeedbackLinkNotFoundException() {
		super("Unknown feedback link");
	}

}
