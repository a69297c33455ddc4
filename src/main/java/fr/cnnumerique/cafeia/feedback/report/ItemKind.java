package fr.cnnumerique.cafeia.feedback.report;

/**
 * The free texts of a report. Questions, concerns and proposals are short lists, each
 * item with a theme; highlights, difficulties and the comment are one text each.
 */
enum ItemKind {

	QUESTION(true), CONCERN(true), PROPOSAL(true), HIGHLIGHT(false), DIFFICULTY(false), COMMENT(false);

	/** The longest item of a list. */
	static final int MAX_LISTED_LENGTH = 280;

	/** The longest single text. */
	static final int MAX_TEXT_LENGTH = 2000;

	private final boolean listed;

	ItemKind(boolean listed) {
		this.listed = listed;
	}

	/**
	 * Whether the kind is a list of short items with a theme each.
	 */
	public boolean listed() {
		return this.listed;
	}

	int maxLength() {
		return this.listed ? MAX_LISTED_LENGTH : MAX_TEXT_LENGTH;
	}

	static ItemKind parse(String name) {
		for (ItemKind kind : values()) {
			if (kind.name().equals(name)) {
				return kind;
			}
		}
		return null;
	}

}
