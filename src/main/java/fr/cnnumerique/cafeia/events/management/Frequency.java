package fr.cnnumerique.cafeia.events.management;

/**
 * How often the cafés of a series come back.
 */
public enum Frequency {

	/** Every week, on the first café's weekday. */
	WEEKLY,

	/** Every other week, on the first café's weekday. */
	BIWEEKLY,

	/**
	 * Every month, on the same n-th weekday as the first café (the second Tuesday, say);
	 * a first café on a fifth weekday repeats on the last one.
	 */
	MONTHLY

}
