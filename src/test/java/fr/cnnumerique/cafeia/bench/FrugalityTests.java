package fr.cnnumerique.cafeia.bench;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import fr.cnnumerique.cafeia.support.Browser;
import fr.cnnumerique.cafeia.support.EcoIndex;
import fr.cnnumerique.cafeia.support.Http;
import fr.cnnumerique.cafeia.support.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The frugality gate (issue #9): every public page, filled with the benchmark generator's
 * content at a hundredth of its scale (lists hold their 20 items), is measured by
 * Chromium after load and a scroll to the bottom, with the HTTP cache off so every byte
 * counts: DOM elements (descendants of {@code svg} excluded), requests and transferred
 * kilobytes (Resource and Navigation Timing {@code transferSize}, headers included,
 * compressed as served). Each page must reach EcoIndex grade A; the café map may reach B,
 * with its tiles counted: they come from a PNG tile served by this server (the tile URL
 * template is configuration).
 *
 * <p>
 * Adding a page is one line in {@link #PAGES}; {@code {cafe}}, {@code {facilitator}},
 * {@code {venue}}, {@code {resource}}, {@code {registration}}, {@code {feedback}} and
 * {@code {report}} (last year's annual report, published) stand for a real page of each
 * kind.
 */
@ServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "cafeia.map.tiles-url=/test-tiles/tile.png?z={z}&x={x}&y={y}")
class FrugalityTests {

	static final List<String> PAGES = List.of("/", "/cafes", "/cafes?lieu=Paris&rayon=30", "/cafes?page=2",
			"/cafes?format=en-ligne", "{cafe}", "{registration}", "/annuaire/animateurs", "{facilitator}",
			"{facilitator}/contact", "/annuaire/lieux", "/annuaire/lieux?lieu=Lyon", "{venue}", "{venue}/contact",
			"/ressources", "/ressources?q=atelier", "{resource}", "/contribuer", "/signaler", "{feedback}", "/donnees",
			"/connexion", "/compte/creer", "/compte/mot-de-passe-oublie", "/a-propos", "/mentions-legales",
			"/accessibilite", "/donnees-personnelles", "/plan-du-site", "/rapport", "{report}", "{report}/departements",
			"{report}/elements");

	static final String MAP = "/cafes?carte=1";

	private static final int REPORT_YEAR = LocalDate.now(Dataset.PARIS).getYear() - 1;

	/** Scrolls down, waits until no request has started for a while, then measures. */
	private static final String MEASURE = """
			const done = arguments[arguments.length - 1];
			window.scrollTo(0, document.documentElement.scrollHeight);
			let seen = -1, quiet = 0;
			const poll = setInterval(() => {
			  const resources = performance.getEntriesByType('resource');
			  const pending = document.querySelectorAll('img.leaflet-tile:not(.leaflet-tile-loaded)').length;
			  quiet = (resources.length === seen && pending === 0 && document.readyState === 'complete') ? quiet + 1 : 0;
			  seen = resources.length;
			  if (quiet < 2) {
			    return;
			  }
			  clearInterval(poll);
			  const navigation = performance.getEntriesByType('navigation')[0];
			  const bytes = resources.reduce((sum, r) => sum + r.transferSize, navigation.transferSize);
			  const dom = document.getElementsByTagName('*').length - document.querySelectorAll('svg *').length;
			  done([dom, 1 + resources.length, bytes]);
			}, 200);
			""";

	private static final Pattern LINK = Pattern
		.compile("href=\"(/(?:cafes|annuaire/animateurs|annuaire/lieux|ressources)/\\d+-[^\"?#/]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	Dataset dataset;

	final Map<String, String> examples = new HashMap<>();

	ChromeDriver browser;

	@BeforeAll
	void fillTheSiteAndOpenABrowser() throws Exception {
		this.browser = Browser.start();
		try (Connection connection = this.dataSource.getConnection()) {
			this.dataset = DataGenerator.generate(connection, 0.01, 2026, LocalDate.now(Dataset.PARIS), false);
		}
		long[] events = this.dataset.ranges().get("event");
		this.examples.put("{cafe}", firstLink("/cafes", "/cafes/"));
		this.examples.put("{facilitator}", firstLink("/annuaire/animateurs", "/annuaire/animateurs/"));
		this.examples.put("{venue}", firstLink("/annuaire/lieux", "/annuaire/lieux/"));
		this.examples.put("{resource}", firstLink("/ressources", "/ressources/"));
		long registration = this.jdbc.sql("""
				SELECT id FROM event WHERE id BETWEEN ? AND ? AND status = 'PUBLISHED' AND registration = 'PORTAL'
				AND starts_at > now() ORDER BY starts_at LIMIT 1""")
			.params(events[0], events[1])
			.query(Long.class)
			.single();
		this.examples.put("{registration}", "/cafes/" + registration + "/inscription");
		long past = this.jdbc.sql("""
				SELECT id FROM event WHERE id BETWEEN ? AND ? AND status = 'PUBLISHED'
				AND starts_at BETWEEN now() - interval '20 days' AND now() ORDER BY starts_at DESC LIMIT 1""")
			.params(events[0], events[1])
			.query(Long.class)
			.single();
		// the generator gives some past cafés their feedback link already
		this.jdbc.sql("INSERT INTO feedback_participant_link (event_id, token) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(past, UUID.randomUUID().toString().replace("-", ""))
			.update();
		String token = this.jdbc.sql("SELECT token FROM feedback_participant_link WHERE event_id = ?")
			.params(past)
			.query(String.class)
			.single();
		this.examples.put("{feedback}", "/avis/" + token);
		// last year's annual report, published: the generated reports fall in the past
		// year
		this.jdbc.sql("INSERT INTO feedback_year_lock (year) VALUES (?) ON CONFLICT DO NOTHING")
			.params(REPORT_YEAR)
			.update();
		this.jdbc.sql("INSERT INTO report_publication (year) VALUES (?) ON CONFLICT DO NOTHING")
			.params(REPORT_YEAR)
			.update();
		this.examples.put("{report}", "/rapport/" + REPORT_YEAR);
		this.browser.executeCdpCommand("Network.enable", Map.of());
		this.browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
		this.browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
	}

	@AfterAll
	void emptyTheSiteAndCloseTheBrowser() throws Exception {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.dataset != null) {
			this.jdbc.sql("DELETE FROM report_publication WHERE year = ?").params(REPORT_YEAR).update();
			this.jdbc.sql("DELETE FROM feedback_year_lock WHERE year = ?").params(REPORT_YEAR).update();
			try (Connection connection = this.dataSource.getConnection()) {
				DataGeneratorTests.remove(connection, this.dataset);
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("PAGES")
	void everyPublicPageHasGradeA(String page) {
		EcoIndex ecoIndex = measure(page);
		assertThat(ecoIndex.grade()).as("EcoIndex grade of %s", page).isEqualTo('A');
	}

	@Test
	void theCafeMapHasGradeBWithItsTiles() {
		EcoIndex ecoIndex = measure(MAP);
		assertThat(this.browser.findElements(By.cssSelector("#cafe-map img.leaflet-tile-loaded")))
			.as("tiles loaded and counted")
			.isNotEmpty();
		assertThat(ecoIndex.grade()).as("EcoIndex grade of the café map").isLessThanOrEqualTo('B');
	}

	private EcoIndex measure(String page) {
		String path = this.examples.entrySet()
			.stream()
			.reduce(page, (p, example) -> p.replace(example.getKey(), example.getValue()), (a, b) -> a);
		this.browser.get("http://localhost:" + this.port + path);
		@SuppressWarnings("unchecked")
		List<Number> measures = (List<Number>) this.browser.executeAsyncScript(MEASURE);
		int dom = measures.get(0).intValue();
		int requests = measures.get(1).intValue();
		double kilobytes = measures.get(2).doubleValue() / 1024;
		EcoIndex ecoIndex = EcoIndex.of(dom, requests, kilobytes);
		System.out.println(ecoIndex.line(path, dom, requests, kilobytes));
		return ecoIndex;
	}

	private String firstLink(String list, String prefix) {
		String body = Http.get(this.port, list).body();
		Matcher matcher = LINK.matcher(body);
		List<String> links = new ArrayList<>();
		while (matcher.find()) {
			if (matcher.group(1).startsWith(prefix)) {
				links.add(matcher.group(1));
			}
		}
		assertThat(links).as("links on %s", list).isNotEmpty();
		return links.get(0);
	}

}
