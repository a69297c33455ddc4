package fr.cnnumerique.cafeia.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void acceptsALongPassphraseWithoutCompositionRules() {
		assertThat(this.policy.check("le chat dort sur le radiateur", "camille@exemple.fr", "Camille")).isEmpty();
	}

	@Test
	void countsCharactersNotBytes() {
		assertThat(this.policy.check("éééééééééééé", "a@exemple.fr", "A")).isEmpty();
		assertThat(this.policy.check("ééééééééééé", "a@exemple.fr", "A")).contains("accounts.password.too-short");
	}

	@Test
	void refusesTooShortAndTooLong() {
		assertThat(this.policy.check("", "a@exemple.fr", "A")).contains("accounts.password.required");
		assertThat(this.policy.check("onze lettre", "a@exemple.fr", "A")).contains("accounts.password.too-short");
		assertThat(this.policy.check("x".repeat(128), "a@exemple.fr", "A")).isEmpty();
		assertThat(this.policy.check("x".repeat(129), "a@exemple.fr", "A")).contains("accounts.password.too-long");
	}

	@Test
	void refusesTheMostCommonPasswordsWhateverTheCase() {
		assertThat(this.policy.check("QWERTYUIOPAS", "a@exemple.fr", "A")).isEmpty();
		assertThat(this.policy.check("Scandinavian", "a@exemple.fr", "A")).contains("accounts.password.common");
		assertThat(this.policy.check("MOTHERFUCKER", "a@exemple.fr", "A")).contains("accounts.password.common");
	}

	@Test
	void refusesPasswordsBuiltOnTheAddressOrTheName() {
		assertThat(this.policy.check("camille.martin@exemple.fr", "camille.martin@exemple.fr", "C"))
			.contains("accounts.password.personal");
		assertThat(this.policy.check("Camille.Martin1234", "camille.martin@exemple.fr", "C"))
			.contains("accounts.password.personal");
		assertThat(this.policy.check("jeanpierre-2024!", "jp@exemple.fr", "Jean Pierre"))
			.contains("accounts.password.personal");
		assertThat(this.policy.check("al est un bon ami", "al@exemple.fr", "Al")).isEmpty();
	}

}
