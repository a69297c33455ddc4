package fr.cnnumerique.cafeia.shared;

/**
 * How programme figures are grouped: each module maps it to its own columns. A café
 * online has no région nor département; a café counts once for each of its audiences.
 */
public enum Breakdown {

	/** By région code. */
	REGION,
	/** By département code. */
	DEPARTEMENT,
	/** By month, as {@code YYYY-MM}. */
	MONTH,
	/** By format: {@code IN_PERSON}, {@code ONLINE}, {@code HYBRID}. */
	FORMAT,
	/** By audience code (a café with several audiences counts for each). */
	AUDIENCE

}
