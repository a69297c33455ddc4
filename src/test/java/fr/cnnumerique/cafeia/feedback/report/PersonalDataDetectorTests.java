package fr.cnnumerique.cafeia.feedback.report;

import java.util.Set;

import fr.cnnumerique.cafeia.feedback.report.PersonalDataDetector.Flag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the detector flags in texts written after a café, and what it leaves alone.
 */
class PersonalDataDetectorTests {

	@ParameterizedTest
	@ValueSource(strings = { "Écrire à jean.dupont@exemple.fr pour la suite", "contact : Marie_77@laposte.net",
			"son adresse, j.martin+cafe@mairie-quimper.bzh, circule", "écrivez à claire (at) exemple.org",
			"Mon courriel : paul arobase gmail point com", "adresse : sophie.l@orange.fr." })
	void flagsEmailAddresses(String text) {
		assertThat(PersonalDataDetector.detect(text)).contains(Flag.EMAIL);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Appelez le 06 12 34 56 78", "tel 0612345678", "au 01.45.67.89.10 le matin",
			"numéro : 02-98-55-44-33", "+33 6 12 34 56 78", "+33612345678", "0033 7 81 22 33 44",
			"+33 (0)1 45 67 89 10", "à La Réunion : +262 692 12 34 56", "Fixe: 05 56 00 00 00." })
	void flagsFrenchPhoneNumbers(String text) {
		assertThat(PersonalDataDetector.detect(text)).contains(Flag.PHONE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "M. Dupont a posé beaucoup de questions", "Madame X voulait savoir si l’IA ment",
			"Mme Le Goff, bibliothécaire, a aidé", "Merci à Mlle Bernard", "Le Dr Martin parlait de santé",
			"monsieur Kerjean est venu", "Jean Dupont s’inquiète pour son emploi", "Marie-Claire Durand a proposé",
			"Inscription faite par DUPONT Jean", "Sophie a demandé comment vérifier une image",
			"La question de Nathalie portait sur l’école", "Une remarque de Mohamed sur le travail",
			"Claude Lefèvre, retraité, a témoigné", "Me Garnier, avocate, a parlé du droit d’auteur" })
	void flagsPeoplesNames(String text) {
		assertThat(PersonalDataDetector.detect(text)).contains(Flag.NAME);
	}

	@ParameterizedTest
	@ValueSource(strings = { "L’IA va-t-elle remplacer mon métier ?", "Peur de la surveillance au travail",
			"Former les élus locaux au numérique", "ChatGPT, Claude et Mistral ont été comparés",
			"Le Chat de Mistral AI répond en français", "Albert, l’IA de l’État, a été présentée",
			"Comparer Claude et Gemini sur un même texte", "Une participante de 70 ans a découvert les deepfakes",
			"Rendez-vous en 2025 : 12 participants sur 15 inscrits", "La CNIL publie des fiches pratiques",
			"Pierre angulaire du débat : la confiance", "Monsieur le maire a ouvert le café",
			"Le café s’est tenu à Saint-Pierre", "Rue Jean Jaurès", "code postal 29000, 75 participants",
			"Le 3919 est le numéro d’écoute national", "" })
	void leavesOrdinaryTextsAlone(String text) {
		Set<Flag> flags = PersonalDataDetector.detect(text);
		if (text.equals("Rue Jean Jaurès")) {
			// a street named after someone looks like a name: flagging it costs a glance
			assertThat(flags).containsOnly(Flag.NAME);
			return;
		}
		assertThat(flags).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Appeler Julie au 06 11 22 33 44 ou julie@exemple.fr" })
	void reportsEveryKindFound(String text) {
		assertThat(PersonalDataDetector.detect(text)).containsExactlyInAnyOrder(Flag.EMAIL, Flag.PHONE, Flag.NAME);
		assertThat(PersonalDataDetector.codes(PersonalDataDetector.detect(text))).containsExactly("EMAIL", "PHONE",
				"NAME");
	}

}
