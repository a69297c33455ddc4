package fr.cnnumerique.cafeia.site;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class StaticPagesTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/a-propos              | À propos de Café IA          | About Café IA
			/mentions-legales      | Mentions légales             | Legal notice
			/accessibilite         | Déclaration d'accessibilité  | Accessibility statement
			/donnees-personnelles  | Vos données personnelles     | Your personal data
			/plan-du-site          | Plan du site                 | Sitemap
			""")
	void everyStaticPageExistsInFrenchAndEnglish(String path, String french, String english) throws Exception {
		this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>" + french.replace("'", "&#39;") + "</h1>")));
		this.mvc.perform(get(path).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>" + english + "</h1>")));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/a-propos              | Licence Ouverte
			/a-propos              | INSEE
			/a-propos              | La Poste
			/a-propos              | IGN
			/a-propos              | Essaimage
			/a-propos              | Organisation distribuée
			/accessibilite         | Défenseur des droits
			/accessibilite         | RGAA
			/donnees-personnelles  | 3 mois après le café
			/donnees-personnelles  | CNIL
			""")
	void pagesSayWhatTheyMust(String path, String expected) throws Exception {
		this.mvc.perform(get(path)).andExpect(content().string(containsString(expected)));
	}

}
