package fr.cnnumerique.cafeia.directory.facilitator;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.directory.FacilitatorDirectory;
import fr.cnnumerique.cafeia.directory.FacilitatorSummary;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public directory on the real database: distance and radius from a commune or a
 * postal code, filters, empty and unknown-place states, and the API other modules use.
 */
@IntegrationTest
class DirectorySearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	FacilitatorDirectory directory;

	FacilitatorFixture fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new FacilitatorFixture(this.context);
	}

	@Test
	void resultsNearAPlaceAreWithinTheRadiusNearestFirst() throws Exception {
		String token = FacilitatorFixture.token();
		long quimper = this.fixture.published("Kilian Quimper " + token, "Quimper").id();
		long douarnenez = this.fixture.published("Lou Douarnenez " + token, "Douarnenez").id();
		long brest = this.fixture.published("Maël Brest " + token, "Brest", "lookingForVenue", "true").id();
		long rennes = this.fixture.published("Nina Rennes " + token, "Rennes").id();

		this.mvc.perform(get("/annuaire/animateurs").param("q", token).param("lieu", "29000").param("rayon", "30"))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("Kilian Quimper", "Lou Douarnenez")))
			.andExpect(content().string(not(containsString("Maël Brest"))))
			.andExpect(content().string(not(containsString("Nina Rennes"))))
			.andExpect(content().string(containsString("km")));
		this.mvc.perform(get("/annuaire/animateurs").param("q", token).param("lieu", "Quimper").param("rayon", "100"))
			.andExpect(content().string(stringContainsInOrder("Kilian Quimper", "Lou Douarnenez", "Maël Brest")))
			.andExpect(content().string(not(containsString("Nina Rennes"))));
		this.mvc.perform(get("/annuaire/animateurs").param("q", token))
			.andExpect(content()
				.string(stringContainsInOrder("Kilian Quimper", "Lou Douarnenez", "Maël Brest", "Nina Rennes")));

		List<Long> near = ids(this.directory.publishedNear(47.996, -4.102, 100, 200), quimper, douarnenez, brest,
				rennes);
		assertThat(near).containsExactly(quimper, douarnenez, brest);
		assertThat(
				ids(this.directory.lookingForVenueNear(47.996, -4.102, 100, 200), quimper, douarnenez, brest, rennes))
			.containsExactly(brest);
		FacilitatorSummary first = this.directory.publishedNear(47.996, -4.102, 100, 200)
			.stream()
			.filter((summary) -> summary.id() == douarnenez)
			.findFirst()
			.orElseThrow();
		assertThat(first.distanceKm()).isBetween(10.0, 30.0);
		assertThat(first.communeName()).isEqualTo("Douarnenez");
	}

	@Test
	void filtersByThemeAudienceAndFormat() throws Exception {
		String token = FacilitatorFixture.token();
		this.fixture.published("Olga Sante " + token, "Lille", "themes", "ia-et-sante", "audiences", "seniors");
		this.fixture.published("Paul Travail " + token, "Lille", "inPerson", null, "online", "true");

		this.mvc.perform(get("/annuaire/animateurs").param("q", token).param("theme", "ia-et-sante"))
			.andExpect(content().string(containsString("Olga Sante")))
			.andExpect(content().string(not(containsString("Paul Travail"))));
		this.mvc.perform(get("/annuaire/animateurs").param("q", token).param("public", "seniors"))
			.andExpect(content().string(containsString("Olga Sante")))
			.andExpect(content().string(not(containsString("Paul Travail"))));
		this.mvc.perform(get("/annuaire/animateurs").param("q", token).param("format", "en-ligne"))
			.andExpect(content().string(containsString("Paul Travail")))
			.andExpect(content().string(not(containsString("Olga Sante"))));
		this.mvc.perform(get("/annuaire/animateurs").param("q", token).param("format", "presentiel"))
			.andExpect(content().string(containsString("Olga Sante")))
			.andExpect(content().string(not(containsString("Paul Travail"))));
	}

	@Test
	void anEmptyResultSuggestsAWiderRadiusAndAnUnknownPlaceListsCloseMatches() throws Exception {
		String token = FacilitatorFixture.token();
		this.fixture.published("Quentin Lointain " + token, "Strasbourg");

		this.mvc.perform(get("/annuaire/animateurs").param("q", token).param("lieu", "Colmar").param("rayon", "10"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Aucun profil ne correspond")))
			.andExpect(content().string(containsString("id=\"wider-radius\"")))
			.andExpect(content().string(containsString("rayon=30")));
		this.mvc.perform(get("/annuaire/animateurs").param("lieu", "290"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nous ne trouvons pas de commune ni de code postal")))
			.andExpect(content().string(containsString("Quimper (29000)</a>")))
			.andExpect(content().string(containsString("?lieu=Quimper")));
	}

	@Test
	void resultsArePaginated() throws Exception {
		String token = FacilitatorFixture.token();
		for (int i = 0; i < DirectoryController.PAGE_SIZE + 1; i++) {
			this.fixture.published(String.format("Rémi %02d %s", i, token), "Fort-de-France");
		}
		this.mvc.perform(get("/annuaire/animateurs").param("q", token))
			.andExpect(content().string(containsString("Rémi 19")))
			.andExpect(content().string(not(containsString("Rémi 20"))))
			.andExpect(content().string(containsString("page=2")));
		this.mvc.perform(get("/annuaire/animateurs").param("q", token).param("page", "2"))
			.andExpect(content().string(containsString("Rémi 20")))
			.andExpect(content().string(not(containsString("Rémi 19"))));
	}

	@Test
	void pagesAreAlsoInEnglish() throws Exception {
		String token = FacilitatorFixture.token();
		long id = this.fixture.published("Xavier English " + token, "Saint-Denis 97400").id();
		String path = this.directory.findPublished(id).orElseThrow().path();

		this.mvc.perform(get("/annuaire/animateurs").param("q", token).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 facilitator")))
			.andExpect(content().string(containsString("Xavier English")));
		this.mvc.perform(get(path).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("La Réunion")))
			.andExpect(content().string(containsString("Write to this person")));
		this.mvc.perform(get(path + "/contact").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your e-mail address")));
	}

	private static List<Long> ids(List<FacilitatorSummary> summaries, Long... mine) {
		List<Long> wanted = List.of(mine);
		return summaries.stream().map(FacilitatorSummary::id).filter(wanted::contains).toList();
	}

}
