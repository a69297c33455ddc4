package fr.cnnumerique.cafeia.taxonomy;

import java.util.Arrays;
import java.util.Optional;

import fr.cnnumerique.cafeia.accounts.AccountManagement;
import fr.cnnumerique.cafeia.accounts.AccountSummary;
import fr.cnnumerique.cafeia.accounts.CurrentAccount;
import fr.cnnumerique.cafeia.taxonomy.TermAdministration.Actor;

/**
 * The French URL segment of each vocabulary on the administration pages, and the actor
 * the audit log names.
 */
final class AdminPaths {

	static final String ROOT = "/admin/thematiques";

	private AdminPaths() {
	}

	static String segment(Vocabulary vocabulary) {
		return switch (vocabulary) {
			case THEME -> "themes";
			case AUDIENCE -> "publics";
			case FORMAT -> "formats";
		};
	}

	static Optional<Vocabulary> vocabulary(String segment) {
		return Arrays.stream(Vocabulary.values())
			.filter((vocabulary) -> segment(vocabulary).equals(segment))
			.findFirst();
	}

	static String listOf(Vocabulary vocabulary) {
		return ROOT + "#" + segment(vocabulary);
	}

	static Actor actor(CurrentAccount current, AccountManagement accounts) {
		return new Actor(current.id(),
				accounts.find(current.id()).map(AccountSummary::displayName).orElse(current.email()));
	}

}
