package fr.cnnumerique.cafeia.territory;

import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CommuneSuggestionControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void suggestsCommunesAsCacheableJson() throws Exception {
		this.mvc.perform(get("/territoires/communes").param("q", "lyon 3"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(header().string("Cache-Control", containsString("public")))
			.andExpect(header().string("Cache-Control", containsString("max-age=86400")))
			.andExpect(jsonPath("$[0].label").value("Lyon (69003)"))
			.andExpect(jsonPath("$[0].name").value("Lyon"))
			.andExpect(jsonPath("$[0].postalCode").value("69003"))
			.andExpect(jsonPath("$[0].inseeCode").value("69123"))
			.andExpect(jsonPath("$[0].departementCode").value("69"))
			.andExpect(jsonPath("$[0].departement").value("Rhône"))
			.andExpect(jsonPath("$[0].lat").isNumber())
			.andExpect(jsonPath("$[0].lng").isNumber());
	}

	@Test
	void givesAtMostTenSuggestions() throws Exception {
		this.mvc.perform(get("/territoires/communes").param("q", "sa"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(lessThanOrEqualTo(10))))
			.andExpect(jsonPath("$", hasSize(10)));
	}

	@Test
	void answersAnEmptyListBelowTwoCharacters() throws Exception {
		this.mvc.perform(get("/territoires/communes").param("q", "l"))
			.andExpect(status().isOk())
			.andExpect(content().json("[]"));
		this.mvc.perform(get("/territoires/communes")).andExpect(status().isOk()).andExpect(content().json("[]"));
	}

	@Test
	void answersAnEmptyListForAnUnknownPlace() throws Exception {
		this.mvc.perform(get("/territoires/communes").param("q", "zzyzx-sur-mer"))
			.andExpect(status().isOk())
			.andExpect(content().json("[]"));
	}

}
