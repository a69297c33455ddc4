package fr.cnnumerique.cafeia.feedback.curation;

/**
 * Where a free text stands with staff, for report items and participants' comments alike:
 * only retained texts may appear in a public output.
 */
public enum Curation {

	/** Not looked at yet. */
	PENDING,

	/** Retained for the annual report, as its text now reads. */
	RETAINED,

	/** Set aside: never published. */
	DISMISSED;

	/**
	 * The status with this name.
	 * @param name a status name as sent by a form or a link
	 * @return the status, {@code null} for an unknown or missing name
	 */
	public static Curation parse(String name) {
		for (Curation curation : values()) {
			if (curation.name().equals(name)) {
				return curation;
			}
		}
		return null;
	}

}
