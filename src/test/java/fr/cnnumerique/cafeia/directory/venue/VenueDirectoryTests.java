package fr.cnnumerique.cafeia.directory.venue;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cnnumerique.cafeia.directory.VenueDirectory;
import fr.cnnumerique.cafeia.directory.VenueSummary;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public directory on the real database: proximity and radius, filters, pages of
 * approved venues only, and the open-data exports.
 */
@IntegrationTest
class VenueDirectoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VenueStore store;

	@Autowired
	VenueDirectory directory;

	final ObjectMapper json = new ObjectMapper();

	static String token() {
		return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	long published(String name, String type, double latitude, double longitude, boolean stepFree, boolean ready) {
		long id = draft(name, type, latitude, longitude, stepFree, ready);
		this.store.publish(id);
		return id;
	}

	long draft(String name, String type, double latitude, double longitude, boolean stepFree, boolean ready) {
		return this.jdbc.sql("""
				INSERT INTO venue (name, type, street, postal_code, insee_code, commune_name, latitude, longitude,
				  step_free, ready_to_host, siret, website, description, created_by)
				VALUES (?, ?, '1 place Bellecour', '69002', '69123', 'Lyon', ?, ?, ?, ?, NULL,
				  'https://exemple.fr', 'Un lieu, "convivial"', 1) RETURNING id
				""").params(name, type, latitude, longitude, stepFree, ready).query(Long.class).single();
	}

	String page(String url) throws Exception {
		return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void ordersByDistanceWithinTheRadius() throws Exception {
		String token = token();
		published(token + " Villeurbanne", "tiers-lieu", 45.7719, 4.8902, false, true);
		published(token + " Bellecour", "mediatheque", 45.7578, 4.8320, false, true);
		published(token + " Saint-Etienne", "mairie", 45.4397, 4.3872, false, true);
		String near = page("/annuaire/lieux?q=" + token + "&lieu=Lyon&rayon=10");
		assertThat(near).contains(token + " Bellecour", token + " Villeurbanne")
			.doesNotContain(token + " Saint-Etienne");
		assertThat(near.indexOf(token + " Bellecour")).isLessThan(near.indexOf(token + " Villeurbanne"));
		String far = page("/annuaire/lieux?q=" + token + "&lieu=Lyon&rayon=100");
		assertThat(far.indexOf(token + " Villeurbanne")).isLessThan(far.indexOf(token + " Saint-Etienne"));
		assertThat(far).contains("3 lieux à moins de 100 km de Lyon");
		List<VenueSummary> ready = this.directory.readyToHostNear(45.7578, 4.8320, 10, 50)
			.stream()
			.filter((venue) -> venue.name().startsWith(token))
			.toList();
		assertThat(ready).extracting(VenueSummary::name).containsExactly(token + " Bellecour", token + " Villeurbanne");
		assertThat(ready.get(1).distanceKm()).isBetween(3.0, 6.0);
	}

	@Test
	void suggestsAWiderRadiusAndCloseMatches() throws Exception {
		String token = token();
		published(token + " Saint-Etienne", "mairie", 45.4397, 4.3872, false, false);
		String empty = page("/annuaire/lieux?q=" + token + "&lieu=Lyon&rayon=5");
		assertThat(empty).contains("Aucun lieu ne correspond").contains("Élargir la recherche à 10 km");
		page("/annuaire/lieux?lieu=Quimpr");
		assertThat(page("/annuaire/lieux?lieu=Xyzzyvillezzz")).contains("Nous ne trouvons pas « Xyzzyvillezzz »");
	}

	@Test
	void filtersByTypeAccessibilityAndReadiness() throws Exception {
		String token = token();
		published(token + " Accessible", "mediatheque", 45.76, 4.83, true, true);
		published(token + " Marches", "mediatheque", 45.76, 4.83, false, true);
		published(token + " Bar", "cafe-bar", 45.76, 4.83, true, false);
		assertThat(page("/annuaire/lieux?q=" + token + "&type=mediatheque"))
			.contains(token + " Accessible", token + " Marches")
			.doesNotContain(token + " Bar");
		assertThat(page("/annuaire/lieux?q=" + token + "&acces=step-free"))
			.contains(token + " Accessible", token + " Bar")
			.doesNotContain(token + " Marches");
		assertThat(page("/annuaire/lieux?q=" + token + "&pret=true"))
			.contains(token + " Accessible", token + " Marches")
			.doesNotContain(token + " Bar");
	}

	@Test
	void showsOnlyApprovedVenuesAtTheirCanonicalAddress() throws Exception {
		String token = token();
		long id = published(token + " Médiathèque", "mediatheque", 45.76, 4.83, true, true);
		long pending = draft(token + " En attente", "mediatheque", 45.76, 4.83, true, true);
		String slug = token + "-mediatheque";
		this.mvc.perform(get("/annuaire/lieux/" + id + "-" + slug))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(token + " Médiathèque")))
			.andExpect(content().string(containsString("/signaler?type=venue&amp;id=" + id)))
			.andExpect(content().string(not(containsString("created_by"))));
		this.mvc.perform(get("/annuaire/lieux/" + id + "-mauvais"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/annuaire/lieux/" + id + "-" + slug));
		this.mvc.perform(get("/annuaire/lieux/" + pending + "-x")).andExpect(status().isNotFound());
		assertThat(this.directory.findPublished(pending)).isEmpty();
		assertThat(this.directory.findPublished(id)).get().extracting(VenueSummary::slug).isEqualTo(slug);
	}

	@Test
	void exportsPublishedVenuesAsCsvFollowingTheNationalSchema() throws Exception {
		String token = token();
		long id = published(token + " CSV", "mediatheque", 45.76, 4.83, true, true);
		long pending = draft(token + " Brouillon", "mediatheque", 45.76, 4.83, true, true);
		var response = this.mvc.perform(get("/annuaire/lieux.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andReturn()
			.getResponse();
		String csv = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String[] lines = csv.split("\r\n");
		assertThat(lines[0]).isEqualTo("id,pivot,nom,commune,code_postal,code_insee,adresse,latitude,longitude,"
				+ "typologie,courriels,site_web,horaires,presentation_resume,source,date_maj,modalites_acces");
		String row = List.of(lines).stream().filter((line) -> line.startsWith(id + ",")).findFirst().orElseThrow();
		assertThat(row).startsWith(id + ",00000000000000," + token
				+ " CSV,Lyon,69002,69123,1 place Bellecour,45.76,4.83,BIB,,https://exemple.fr,,\"Un lieu, \"\"convivial\"\"\",Café IA,20");
		assertThat(csv).doesNotContain(token + " Brouillon").doesNotContain("@");
		assertThat(pending).isPositive();
	}

	@Test
	void servesGeoJsonPointsAndClusters() throws Exception {
		String token = token();
		long id = published(token + " Carte", "mediatheque", 43.2965, 5.3698, false, false);
		published(token + " Carte 2", "mediatheque", 43.30, 5.38, false, false);
		JsonNode all = this.json.readTree(this.mvc.perform(get("/annuaire/lieux.geojson"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/geo+json")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(all.get("type").asText()).isEqualTo("FeatureCollection");
		JsonNode mine = null;
		for (JsonNode feature : all.get("features")) {
			if (feature.get("properties").get("id").asLong() == id) {
				mine = feature;
			}
		}
		assertThat(mine).isNotNull();
		assertThat(mine.get("type").asText()).isEqualTo("Feature");
		assertThat(mine.get("geometry").get("type").asText()).isEqualTo("Point");
		assertThat(mine.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(5.3698);
		assertThat(mine.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(43.2965);
		assertThat(mine.get("properties").get("url").asText())
			.isEqualTo("/annuaire/lieux/" + id + "-" + token + "-carte");
		JsonNode clusters = this.json.readTree(page("/annuaire/lieux.geojson?bbox=5.2,43.2,5.5,43.4&zoom=6"));
		assertThat(clusters.get("features")).isNotEmpty();
		JsonNode cluster = clusters.get("features").get(0);
		assertThat(cluster.get("properties").get("cluster").asBoolean()).isTrue();
		assertThat(cluster.get("properties").get("count").asInt()).isGreaterThanOrEqualTo(2);
		JsonNode points = this.json.readTree(page("/annuaire/lieux.geojson?bbox=5.36,43.29,5.37,43.30&zoom=15"));
		assertThat(points.get("features").findValues("id")).extracting(JsonNode::asLong).contains(id);
		this.mvc.perform(get("/annuaire/lieux.geojson?bbox=5,43,abc,44&zoom=6"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("bbox")));
		this.mvc.perform(get("/annuaire/lieux.geojson?bbox=6,43,5,44&zoom=6")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/annuaire/lieux.geojson?bbox=5,43,6,44")).andExpect(status().isBadRequest());
	}

	@Test
	void listsTheExportsOnTheOpenDataPage() throws Exception {
		assertThat(page("/donnees")).contains("/annuaire/lieux.csv", "/annuaire/lieux.geojson", "Licence Ouverte 2.0");
	}

	@Test
	void offersTheMapOnRequestWithLeafletServedByThePortal() throws Exception {
		String list = page("/annuaire/lieux");
		assertThat(list)
			.contains("id=\"venue-map-toggle\" hidden", "/js/venue-map", "data-tiles=\"https://data.geopf.fr/wmts?")
			.doesNotContain("leaflet.js\"></script>");
		this.mvc.perform(get("/webjars/leaflet/dist/leaflet.js")).andExpect(status().isOk());
		this.mvc.perform(get("/webjars/leaflet/dist/leaflet.css")).andExpect(status().isOk());
	}

}
