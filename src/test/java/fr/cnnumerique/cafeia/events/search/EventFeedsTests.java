package fr.cnnumerique.cafeia.events.search;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cnnumerique.cafeia.events.EventStatus;
import fr.cnnumerique.cafeia.events.TestEvent;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The map data, the CSV and its Table Schema on the real database: structure, clusters at
 * several zooms, filters, bad parameters, caching, and a fixed number of statements.
 */
@IntegrationTest
class EventFeedsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	final ObjectMapper json = new ObjectMapper();

	@Test
	void servesGeoJsonPointsWithTheFiltersOfTheList() throws Exception {
		String word = EventSearchPageTests.word();
		long quimper = new TestEvent().title("Café " + word).at(47.996, -4.102, "Quimper").insert(this.jdbc);
		long brest = new TestEvent().title("Café " + word + " Brest")
			.at(48.390, -4.486, "Brest")
			.hybrid()
			.status(EventStatus.CANCELLED)
			.portalRegistration(12)
			.insert(this.jdbc);
		new TestEvent().title("Visio " + word).online().insert(this.jdbc);
		MockHttpServletResponse response = get("/cafes.geojson?q=" + word);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/geo+json");
		JsonNode all = this.json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(all.get("type").asText()).isEqualTo("FeatureCollection");
		// the online café has no position: not on the map
		assertThat(all.get("features")).hasSize(2);
		JsonNode feature = feature(all, brest);
		assertThat(feature.get("type").asText()).isEqualTo("Feature");
		assertThat(feature.get("geometry").get("type").asText()).isEqualTo("Point");
		assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(-4.486);
		assertThat(feature.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(48.390);
		JsonNode properties = feature.get("properties");
		assertThat(properties.get("title").asText()).isEqualTo("Café " + word + " Brest");
		assertThat(OffsetDateTime.parse(properties.get("start").asText())).isNotNull();
		assertThat(properties.get("url").asText()).startsWith("/cafes/" + brest + "-");
		assertThat(properties.get("commune").asText()).isEqualTo("Brest");
		assertThat(properties.get("format").asText()).isEqualTo("hybride");
		assertThat(properties.get("status").asText()).isEqualTo("annule");
		assertThat(properties.get("placesLeft").asInt()).isEqualTo(12);
		assertThat(feature(all, quimper).get("properties").get("placesLeft").isNull()).isTrue();
		JsonNode near = this.json.readTree(body("/cafes.geojson?lieu=Quimper&rayon=10&q=" + word));
		assertThat(near.get("features")).hasSize(1);
		assertThat(near.get("features").get(0).get("properties").get("id").asLong()).isEqualTo(quimper);
		assertThat(this.json.readTree(body("/cafes.geojson?format=hybride&q=" + word)).get("features")).hasSize(1);
	}

	@Test
	void clustersAtLowZoomAndGivesPointsAtHighZoom() throws Exception {
		String word = EventSearchPageTests.word();
		for (int i = 0; i < 3; i++) {
			new TestEvent().title("Café " + word + " q" + i).at(47.99 + i * 0.002, -4.10, "Quimper").insert(this.jdbc);
		}
		for (int i = 0; i < 2; i++) {
			new TestEvent().title("Café " + word + " b" + i).at(48.39, -4.48 - i * 0.002, "Brest").insert(this.jdbc);
		}
		new TestEvent().title("Café " + word + " lyon").at(45.76, 4.83, "Lyon").insert(this.jdbc);
		String france = "/cafes.geojson?bbox=-5.5,41,10,51.5&q=" + word + "&zoom=";
		// cells of the grid start at the Greenwich meridian: Lyon is apart even at zoom 2
		JsonNode far = this.json.readTree(body(france + "2"));
		assertThat(counts(far)).containsExactly(5, 1);
		JsonNode cluster = far.get("features").get(0);
		assertThat(cluster.get("geometry").get("type").asText()).isEqualTo("Point");
		assertThat(cluster.get("properties").get("cluster").asBoolean()).isTrue();
		assertThat(cluster.get("properties").get("zoom").asInt()).isEqualTo(4);
		JsonNode extent = cluster.get("properties").get("bbox");
		assertThat(extent.get(0).asDouble()).isCloseTo(-4.482, within(1e-9));
		assertThat(extent.get(1).asDouble()).isCloseTo(47.99, within(1e-9));
		assertThat(extent.get(2).asDouble()).isCloseTo(-4.10, within(1e-9));
		assertThat(extent.get(3).asDouble()).isCloseTo(48.39, within(1e-9));
		double longitude = cluster.get("geometry").get("coordinates").get(0).asDouble();
		assertThat(longitude).isBetween(-4.482, -4.10);
		assertThat(counts(this.json.readTree(body(france + "5")))).containsExactly(5, 1);
		assertThat(counts(this.json.readTree(body(france + "8")))).containsExactly(3, 2, 1);
		JsonNode close = this.json.readTree(body("/cafes.geojson?bbox=-4.2,47.9,-4.0,48.1&zoom=14&q=" + word));
		assertThat(close.get("features")).hasSize(3)
			.allSatisfy((f) -> assertThat(f.get("properties").has("cluster")).isFalse());
		assertThat(this.json.readTree(body("/cafes.geojson?bbox=0,0,1,1&zoom=5&q=" + word)).get("features")).isEmpty();
	}

	@Test
	void answersBadMapParametersWithA400InFrench() throws Exception {
		assertBadRequest("/cafes.geojson?bbox=5,43,abc,44&zoom=6", "bbox", "quatre nombres");
		assertBadRequest("/cafes.geojson?bbox=6,43,5,44&zoom=6", "bbox", "quatre nombres");
		assertBadRequest("/cafes.geojson?bbox=5,44,6,43&zoom=6", "bbox", "quatre nombres");
		assertBadRequest("/cafes.geojson?bbox=-200,43,6,44&zoom=6", "bbox", "quatre nombres");
		assertBadRequest("/cafes.geojson?bbox=5,43,6&zoom=6", "bbox", "quatre nombres");
		assertBadRequest("/cafes.geojson?bbox=5,43,6,44", "zoom", "nombre entier de 0 à 22");
		assertBadRequest("/cafes.geojson?bbox=5,43,6,44&zoom=23", "zoom", "nombre entier de 0 à 22");
		assertBadRequest("/cafes.geojson?bbox=5,43,6,44&zoom=-1", "zoom", "nombre entier de 0 à 22");
		assertBadRequest("/cafes.geojson?zoom=5", "bbox", "quatre nombres");
		assertBadRequest("/cafes.geojson?rayon=7", "rayon", "Choisissez une distance");
		assertBadRequest("/cafes.geojson?theme=inconnu", "theme", "Cette thématique n’existe pas.");
		assertBadRequest("/cafes.csv?du=2027-13-01", "du", "Cette date n’est pas valide.");
		assertBadRequest("/cafes.csv?lat=x&lon=2", "lieu", "Votre position n’a pas pu être lue.");
		assertBadRequest("/cafes.csv?format=fusee", "format", "Choisissez un format");
	}

	@Test
	void writesACsvThatMatchesItsTableSchema() throws Exception {
		String word = EventSearchPageTests.word();
		long tricky = new TestEvent().title("=HYPERLINK(\"x\") " + word + ", \"citée\"")
			.summary("Sur deux lignes,\navec une virgule")
			.theme("ia-et-travail")
			.theme("ia-et-sante")
			.audience("jeunes")
			.insert(this.jdbc);
		long portal = new TestEvent().title("Visio " + word + " inscrits")
			.online()
			.portalRegistration(30)
			.startsIn(Duration.ofDays(2))
			.insert(this.jdbc);
		long open = new TestEvent().title("Visio " + word + " ouverte")
			.online()
			.startsIn(Duration.ofDays(3))
			.insert(this.jdbc);
		new TestEvent().title("Café " + word + " annulé")
			.status(EventStatus.CANCELLED)
			.startsIn(Duration.ofDays(4))
			.insert(this.jdbc);

		MockHttpServletResponse schemaResponse = get("/cafes.schema.json");
		assertThat(schemaResponse.getStatus()).isEqualTo(200);
		JsonNode schema = this.json.readTree(schemaResponse.getContentAsString(StandardCharsets.UTF_8));
		assertThat(schema.get("primaryKey").get(0).asText()).isEqualTo("id");
		List<JsonNode> fields = new ArrayList<>();
		schema.get("fields").forEach(fields::add);
		assertThat(fields).allSatisfy((field) -> {
			assertThat(field.get("name").asText()).matches("[a-z_]+");
			assertThat(field.get("type").asText()).isIn("string", "integer", "number", "datetime", "boolean");
			assertThat(field.get("description").asText()).isNotBlank();
		});

		MockHttpServletResponse response = get("/cafes.csv?q=" + word);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		List<List<String>> rows = parseCsv(response.getContentAsString(StandardCharsets.UTF_8));
		List<String> header = rows.get(0);
		assertThat(header).isEqualTo(fields.stream().map((f) -> f.get("name").asText()).toList());
		List<List<String>> data = rows.subList(1, rows.size());
		assertThat(data).hasSize(4);
		for (List<String> row : data) {
			assertThat(row).hasSameSizeAs(header);
			for (int i = 0; i < header.size(); i++) {
				checkValue(fields.get(i), row.get(i));
			}
		}
		Map<Long, Map<String, String>> byId = new HashMap<>();
		for (List<String> row : data) {
			Map<String, String> values = new HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				values.put(header.get(i), row.get(i));
			}
			byId.put(Long.parseLong(values.get("id")), values);
		}
		Map<String, String> first = byId.get(tricky);
		assertThat(first.get("titre")).isEqualTo("'=HYPERLINK(\"x\") " + word + ", \"citée\"");
		assertThat(first.get("resume")).isEqualTo("Sur deux lignes,\navec une virgule");
		assertThat(first.get("themes")).isEqualTo("ia-et-travail,ia-et-sante");
		assertThat(first.get("longitude")).isEqualTo("-4.1");
		// cafeia.base-url, not the address the request came to
		assertThat(first.get("url"))
			.isEqualTo("http://localhost:8080/cafes/" + tricky + "-hyperlink-x-" + word + "-citee");
		assertThat(first.get("fuseau")).isEqualTo("Europe/Paris");
		assertThat(byId.get(portal).get("lien_en_ligne")).isEmpty();
		assertThat(byId.get(portal).get("inscription")).isEqualTo("portail");
		assertThat(byId.get(open).get("lien_en_ligne")).isEqualTo("https://visio.example.org/cafe-ia");
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("@");
		assertThat(parseCsv(body("/cafes.csv?format=en-ligne&q=" + word))).hasSize(3);
	}

	@Test
	void letsCachesRevalidateTheFeeds() throws Exception {
		String word = EventSearchPageTests.word();
		new TestEvent().title("Café " + word).insert(this.jdbc);
		for (String url : List.of("/cafes.geojson?q=" + word, "/cafes.csv?q=" + word, "/cafes.schema.json",
				"/cafes.geojson?bbox=-5,47,-3,49&zoom=5&q=" + word)) {
			MockHttpServletResponse first = get(url);
			assertThat(first.getStatus()).as(url).isEqualTo(200);
			String etag = first.getHeader(HttpHeaders.ETAG);
			assertThat(etag).as(url).startsWith("W/\"");
			assertThat(first.getHeaders(HttpHeaders.CACHE_CONTROL)).as(url)
				.singleElement()
				.isEqualTo("max-age=300, public");
			assertThat(first.getHeader(HttpHeaders.PRAGMA)).as(url).isNull();
			MockHttpServletResponse again = this.mvc.perform(request(url).header(HttpHeaders.IF_NONE_MATCH, etag))
				.andReturn()
				.getResponse();
			assertThat(again.getStatus()).as(url).isEqualTo(304);
			assertThat(again.getContentAsByteArray()).as(url).isEmpty();
		}
		String csvTag = get("/cafes.csv?q=" + word).getHeader(HttpHeaders.ETAG);
		String mapTag = get("/cafes.geojson?q=" + word).getHeader(HttpHeaders.ETAG);
		new TestEvent().title("Café " + word + " nouveau").insert(this.jdbc);
		MockHttpServletResponse changed = this.mvc
			.perform(request("/cafes.csv?q=" + word).header(HttpHeaders.IF_NONE_MATCH, csvTag))
			.andReturn()
			.getResponse();
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat(changed.getHeader(HttpHeaders.ETAG)).isNotEqualTo(csvTag);
		assertThat(get("/cafes.geojson?q=" + word).getHeader(HttpHeaders.ETAG)).isNotEqualTo(mapTag);
	}

	@Test
	void readsEachFeedInAFixedNumberOfStatements() throws Exception {
		String word = EventSearchPageTests.word();
		new TestEvent().title("Café " + word).portalRegistration(20).insert(this.jdbc);
		List<String> urls = List.of("/cafes.geojson?lieu=Quimper&q=" + word,
				"/cafes.geojson?bbox=-5,47,-3,49&zoom=5&q=" + word, "/cafes.geojson?bbox=-5,47,-3,49&zoom=15&q=" + word,
				"/cafes.csv?lieu=Quimper&q=" + word);
		Map<String, Integer> few = new HashMap<>();
		for (String url : urls) {
			StatementCounter.reset();
			get(url);
			few.put(url, StatementCounter.count());
		}
		for (int i = 0; i < 40; i++) {
			new TestEvent().title("Café " + word + " " + i)
				.at(47.9 + i * 0.003, -4.1, "Quimper")
				.portalRegistration(20)
				.insert(this.jdbc);
		}
		for (String url : urls) {
			StatementCounter.reset();
			assertThat(get(url).getStatus()).isEqualTo(200);
			assertThat(StatementCounter.count()).as(url).isEqualTo(few.get(url)).isLessThanOrEqualTo(4);
		}
	}

	private void assertBadRequest(String url, String parameter, String message) throws Exception {
		MockHttpServletResponse response = get(url);
		assertThat(response.getStatus()).as(url).isEqualTo(400);
		assertThat(response.getContentType()).as(url).startsWith("application/json");
		JsonNode body = this.json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(body.get("errors").get(parameter).asText()).as(url).contains(message);
	}

	private MockHttpServletResponse get(String url) throws Exception {
		return this.mvc.perform(request(url)).andReturn().getResponse();
	}

	private static MockHttpServletRequestBuilder request(String url) {
		return MockMvcRequestBuilders.get(url);
	}

	private String body(String url) throws Exception {
		MockHttpServletResponse response = get(url);
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private static JsonNode feature(JsonNode collection, long id) {
		for (JsonNode feature : collection.get("features")) {
			if (feature.get("properties").get("id").asLong() == id) {
				return feature;
			}
		}
		throw new AssertionError("no feature " + id);
	}

	private static List<Integer> counts(JsonNode collection) {
		List<Integer> counts = new ArrayList<>();
		collection.get("features").forEach((f) -> {
			assertThat(f.get("properties").get("cluster").asBoolean()).isTrue();
			counts.add(f.get("properties").get("count").asInt());
		});
		return counts;
	}

	/**
	 * Checks a CSV value against its Table Schema field: type, format and constraints.
	 */
	private static void checkValue(JsonNode field, String value) {
		String name = field.get("name").asText();
		JsonNode constraints = field.path("constraints");
		if (value.isEmpty()) {
			assertThat(constraints.path("required").asBoolean()).as(name + " is required").isFalse();
			return;
		}
		switch (field.get("type").asText()) {
			case "integer" -> {
				long number = Long.parseLong(value);
				if (constraints.has("minimum")) {
					assertThat(number).as(name).isGreaterThanOrEqualTo(constraints.get("minimum").asLong());
				}
			}
			case "number" -> {
				double number = Double.parseDouble(value);
				assertThat(number).as(name)
					.isBetween(constraints.get("minimum").asDouble(), constraints.get("maximum").asDouble());
			}
			case "datetime" -> assertThat(OffsetDateTime.parse(value)).as(name).isNotNull();
			case "boolean" -> assertThat(value).as(name).isIn("true", "false");
			default -> {
				if ("uri".equals(field.path("format").asText())) {
					assertThat(value).as(name).matches("https?://.+");
				}
				if (constraints.has("enum")) {
					List<String> allowed = new ArrayList<>();
					constraints.get("enum").forEach((e) -> allowed.add(e.asText()));
					assertThat(value).as(name).isIn(allowed);
				}
				if (constraints.has("pattern")) {
					assertThat(value).as(name).matches(constraints.get("pattern").asText());
				}
				if (constraints.has("maxLength")) {
					assertThat(value.length()).as(name).isLessThanOrEqualTo(constraints.get("maxLength").asInt());
				}
			}
		}
	}

	/**
	 * RFC 4180: commas, double quotes doubled inside quoted fields, CRLF between records.
	 */
	static List<List<String>> parseCsv(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			}
			else {
				cell.append(c);
			}
		}
		assertThat(cell).as("the last record ends with CRLF").isEmpty();
		assertThat(row).isEmpty();
		return rows;
	}

}
