package fr.cnnumerique.cafeia.taxonomy;

/**
 * The controlled vocabularies content is tagged with.
 */
public enum Vocabulary {

	/** What a café or a resource is about: IA et travail, IA et santé… */
	THEME("theme"),

	/** Who it is meant for: tout public, jeunes, seniors… */
	AUDIENCE("audience"),

	/**
	 * How a café is run: café-discussion, atelier pratique, conférence-débat… (whether it
	 * takes place in person or online is a property of the event, not a term).
	 */
	FORMAT("format");

	private final String auditName;

	Vocabulary(String auditName) {
		this.auditName = auditName;
	}

	/**
	 * The name of the vocabulary in the audit log: the target type of its entries and the
	 * prefix of their action codes.
	 * @return {@code theme}, {@code audience} or {@code format}
	 */
	public String auditName() {
		return this.auditName;
	}

}
