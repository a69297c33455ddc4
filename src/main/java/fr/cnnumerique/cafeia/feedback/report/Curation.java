package fr.cnnumerique.cafeia.feedback.report;

/**
 * Where an item stands with staff: only retained items may appear in a public output.
 */
enum Curation {

	/** Not looked at yet. */
	PENDING,

	/** Retained for the annual report, as its text now reads. */
	RETAINED,

	/** Set aside: never published. */
	DISMISSED;

	static Curation parse(String name) {
		for (Curation curation : values()) {
			if (curation.name().equals(name)) {
				return curation;
			}
		}
		return null;
	}

}
