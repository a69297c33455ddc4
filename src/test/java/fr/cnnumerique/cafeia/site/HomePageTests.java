package fr.cnnumerique.cafeia.site;

import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class HomePageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void homePageIsInFrenchWithASearchBoxForACommune() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"fr\">")))
			.andExpect(content().string(containsString("Votre commune ou votre code postal")))
			.andExpect(content().string(containsString("action=\"/cafes\"")));
	}

	@Test
	void theLanguageSwitchKeepsThePageAndItsParameters() throws Exception {
		this.mvc.perform(get(java.net.URI.create("/plan-du-site?page=2&q=caf%C3%A9%20ia")))
			.andExpect(
					content().string(containsString("href=\"/plan-du-site?page=2&amp;q=caf%C3%A9%20ia&amp;lang=en\"")));
	}

	@Test
	void homePageSwitchesToEnglish() throws Exception {
		this.mvc.perform(get("/").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("Your town or postal code")));
	}

}
