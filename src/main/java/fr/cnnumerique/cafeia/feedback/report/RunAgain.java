package fr.cnnumerique.cafeia.feedback.report;

/**
 * Whether the facilitator would run such a café again.
 */
enum RunAgain {

	YES, NO, MAYBE;

	static RunAgain parse(String name) {
		for (RunAgain answer : values()) {
			if (answer.name().equals(name)) {
				return answer;
			}
		}
		return null;
	}

}
