package fr.cnnumerique.cafeia.feedback.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Participants' comments and idea-box messages go through the same detector as report
 * items: these are the cases their texts raised.
 */
class CommentPersonalDataTests {

	@ParameterizedTest
	@ValueSource(strings = { "écrivez à jean.dupont@exemple.fr svp", "contact : Marie-Ève@mairie-quimper.bzh",
			"jean (at) exemple.org", "moi[at]laposte.net", "MAJUSCULES@EXEMPLE.FR" })
	void flagsEmailAddresses(String text) {
		assertThat(PersonalDataDetector.flags(text)).containsExactly(PersonalDataDetector.EMAIL_CODE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "appelez le 06 12 34 56 78", "tél. 0612345678", "02.98.12.34.56", "+33 6 12 34 56 78",
			"+33 (0)6 12 34 56 78", "0033612345678", "+44 20 7946 0958", "06-12-34-56-78" })
	void flagsPhoneNumbers(String text) {
		assertThat(PersonalDataDetector.flags(text)).containsExactly(PersonalDataDetector.PHONE_CODE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Très bon café, merci !", "On était 12 participants en 2026", "rendez-vous à 18 h 30",
			"le 12/03/2026", "code postal 29000", "@animatrice sur le forum", "note : 4,5 sur 5",
			"3 000 000 d’emplois" })
	void leavesOrdinaryTextAlone(String text) {
		assertThat(PersonalDataDetector.flags(text)).isEmpty();
	}

	@Test
	void reportsBothInOrderAndToleratesNoText() {
		assertThat(PersonalDataDetector.flags("06 12 34 56 78 ou a@b.fr"))
			.containsExactly(PersonalDataDetector.EMAIL_CODE, PersonalDataDetector.PHONE_CODE);
		assertThat(PersonalDataDetector.flags(null)).isEmpty();
		assertThat(PersonalDataDetector.flags("  ")).isEmpty();
	}

}
