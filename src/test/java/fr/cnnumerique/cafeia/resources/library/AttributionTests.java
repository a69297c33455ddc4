package fr.cnnumerique.cafeia.resources.library;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated credit line names the title, the authors, the source and the licence with
 * the address of its text, for every licence an author may choose.
 */
class AttributionTests {

	static final String BASE = "https://cafeia.example";

	final Attribution attribution = new Attribution(messages());

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/resources");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static LibraryItem item(long id, String title, String licence, String terms, String termsUrl, Long source) {
		return new LibraryItem(id, title, "Résumé", null, "guide", List.of(), List.of(), null, "decouverte", "fr",
				"Camille Martin", "Médiathèque de Lyon", null, licence, terms, termsUrl, false, source, "PUBLISHED", 1,
				0, Instant.now(), 0);
	}

	String of(String licence) {
		return this.attribution.of(item(12, "Café IA en 90 minutes", licence, null, null, null), List.of(), BASE,
				Locale.FRENCH);
	}

	@Test
	void creditsEachCreativeCommonsLicenceWithItsLink() {
		assertThat(of("CC-BY-NC-4.0")).isEqualTo(
				"« Café IA en 90 minutes », par Camille Martin (Médiathèque de Lyon). Source : https://cafeia.example/ressources/12-cafe-ia-en-90-minutes. "
						+ "Licence CC BY-NC 4.0 (attribution, pas d’utilisation commerciale) : https://creativecommons.org/licenses/by-nc/4.0/deed.fr.");
		assertThat(of("CC-BY-4.0")).contains("Licence CC BY 4.0 (attribution) : ",
				"https://creativecommons.org/licenses/by/4.0/deed.fr");
		assertThat(of("CC-BY-SA-4.0")).contains("CC BY-SA 4.0",
				"https://creativecommons.org/licenses/by-sa/4.0/deed.fr");
		assertThat(of("CC-BY-NC-SA-4.0")).contains("CC BY-NC-SA 4.0",
				"https://creativecommons.org/licenses/by-nc-sa/4.0/deed.fr");
		assertThat(of("CC0-1.0")).contains("Placé dans le domaine public (CC0 1.0 (domaine public))",
				"https://creativecommons.org/publicdomain/zero/1.0/deed.fr", "par Camille Martin");
		assertThat(of("etalab-2.0")).contains("Licence Ouverte 2.0",
				"https://www.etalab.gouv.fr/licence-ouverte-open-licence/");
	}

	@Test
	void creditsTheOperatorsTermsByTheirAddressOrText() {
		assertThat(this.attribution.of(
				item(3, "Kit", "operator", "Usage interne seulement", "https://operateur.example/conditions", null),
				List.of(), BASE, Locale.FRENCH))
			.contains("« Kit », par Camille Martin", "conditions spécifiques de l’opérateur",
					"https://operateur.example/conditions");
		assertThat(this.attribution.of(item(3, "Kit", "operator", "Usage interne seulement", null, null), List.of(),
				BASE, Locale.FRENCH))
			.contains("Usage interne seulement");
	}

	@Test
	void creditsTheWorksAnAdaptationDerivesFrom() {
		LibraryItem source = item(5, "Jeu des idées reçues", "CC-BY-NC-4.0", null, null, null);
		String text = this.attribution.of(item(6, "Jeu pour seniors", "CC-BY-NC-4.0", null, null, 5L), List.of(source),
				BASE, Locale.ENGLISH);
		assertThat(text).contains("“Jeu pour seniors”, by Camille Martin",
				"Adapted from “Jeu des idées reçues”, by Camille Martin (Médiathèque de Lyon): " + BASE
						+ "/ressources/5-jeu-des-idees-recues.");
	}

}
