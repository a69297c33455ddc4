package fr.cnnumerique.cafeia.feedback.ideas;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where staff stand with a contribution, with its French URL value.
 */
enum IdeaStatus {

	/** Not looked at yet. */
	NEW("nouvelle"),

	/** Someone is on it. */
	IN_PROGRESS("en-cours"),

	/** Handled: closed. */
	DONE("traitee"),

	/** Set aside: closed. */
	DISMISSED("ecartee");

	private final String slug;

	IdeaStatus(String slug) {
		this.slug = slug;
	}

	public String slug() {
		return this.slug;
	}

	/**
	 * Whether the contribution is closed, which starts the retention period of its e-mail
	 * address.
	 * @return {@code true} for done and dismissed
	 */
	public boolean closed() {
		return this == DONE || this == DISMISSED;
	}

	static Optional<IdeaStatus> fromSlug(String slug) {
		return Arrays.stream(values()).filter((status) -> status.slug.equals(slug)).findFirst();
	}

}
