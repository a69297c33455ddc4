package fr.cnnumerique.cafeia;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.cnnumerique.cafeia.accounts.AccountsFixture;
import fr.cnnumerique.cafeia.accounts.Role;
import fr.cnnumerique.cafeia.events.EventStatus;
import fr.cnnumerique.cafeia.events.TestEvent;
import fr.cnnumerique.cafeia.notifications.MailOutbox;
import fr.cnnumerique.cafeia.support.Browser;
import fr.cnnumerique.cafeia.support.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accessibility gate: a real browser visits every page the application maps (found
 * from the handler mappings, so a new page cannot be forgotten), logged out and as each
 * role, every form empty and re-rendered with its errors, and axe-core reports no
 * violation of the WCAG 2.1 A and AA rules. Keyboard checks: the skip link is the first
 * stop and moves focus to the content, focus is visible, the map does not trap the
 * keyboard. See {@code docs/accessibility.md}; a new page is one {@code open(...)} line
 * in the walk of the role that sees it.
 */
@ServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessibilityTests {

	static final List<String> RULES = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/**
	 * GET routes that are not HTML pages, or that no visitor can reach, and why they are
	 * not checked.
	 */
	static final Map<String, String> NOT_PAGES = Map.ofEntries(
			Map.entry("/error", "Boot's forward target; the error pages are checked through real errors"),
			Map.entry("/cafes.ics", "iCalendar feed"), Map.entry("/cafes/{id:\\d+}.ics", "iCalendar file"),
			Map.entry("/cafes.csv", "CSV export"), Map.entry("/cafes.geojson", "GeoJSON for the map"),
			Map.entry("/cafes.schema.json", "JSON schema"), Map.entry("/ressources.json", "JSON export"),
			Map.entry("/ressources.csv", "CSV export"),
			Map.entry("/ressources/{id:\\d+}/fichiers/{fileId:\\d+}", "file download (attachment)"),
			Map.entry("/annuaire/lieux.geojson", "GeoJSON export"), Map.entry("/annuaire/lieux.csv", "CSV export"),
			Map.entry("/territoires/communes", "JSON suggestions"), Map.entry("/compte/donnees.json", "JSON export"),
			Map.entry("/admin/journal.csv", "CSV export"), Map.entry("/admin/statistiques.zip", "ZIP of CSV files"),
			Map.entry("/admin/rapport/{annee}.zip", "ZIP of CSV files"),
			Map.entry("/rapport/{annee}.zip", "ZIP of CSV files"),
			Map.entry("/admin/rapport/{annee}.pdf", "PDF export: not HTML, axe cannot check it"),
			Map.entry("/rapport/{annee}.pdf", "PDF export: not HTML, axe cannot check it"),
			Map.entry("/espace/cafes/{id:\\d+}/inscrits.csv", "CSV export"),
			Map.entry("/dev/courriels", "development mailbox, off with a configured database as in production"),
			Map.entry("/dev/courriels/{id}", "development mailbox"),
			Map.entry("/dev/courriels/{id}/html", "development mailbox"));

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/\\S+)");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	MailOutbox outbox;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	ChromeDriver browser;

	final Set<String> visited = new TreeSet<>();

	final List<String> violations = new ArrayList<>();

	int pages;

	/** What axe could not decide (contrast over a background it cannot compute, …). */
	final Set<String> needsReview = new TreeSet<>();

	long started;

	String token = UUID.randomUUID().toString().substring(0, 8);

	long facilitatorId;

	String facilitatorEmail;

	long upcomingCafe;

	long onlineCafe;

	long cancelledCafe;

	long pastCafe;

	String participantLink;

	String moderatorEmail;

	long moderatorId;

	String adminEmail;

	@BeforeAll
	void openBrowser() {
		this.started = System.nanoTime();
		this.browser = Browser.start();
		this.browser.manage().timeouts().implicitlyWait(Duration.ZERO);
		// the map tiles (https, outside the portal) fail at once instead of waiting for a
		// closed network
		this.browser.executeCdpCommand("Network.enable", Map.of());
		this.browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("https://*")));
	}

	@AfterAll
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
		this.needsReview.forEach((item) -> System.out.println("axe left for review: " + item));
		System.out.printf(
				"Accessibility gate: %d pages checked, %d violations, %d routes, %d distinct results axe left for review, %d s%n",
				this.pages, this.violations.size(), this.visited.size(), this.needsReview.size(),
				(System.nanoTime() - this.started) / 1_000_000_000L);
	}

	@Test
	@Order(1)
	void facilitatorPagesAndForms() throws Exception {
		this.facilitatorEmail = "a11y-animatrice-" + this.token + "@exemple.fr";
		this.facilitatorId = account("Animatrice Accessible", this.facilitatorEmail, Role.FACILITATOR);
		int from = this.violations.size();
		open("/connexion");
		submit();
		checkErrors("/connexion (erreur)");
		login(this.facilitatorEmail);
		check("/compte");
		for (String form : List.of("/compte/nom", "/compte/email", "/compte/mot-de-passe")) {
			open(form);
			clearFields();
			submit();
			check(form + " (erreur)");
		}
		open("/compte/supprimer");
		open("/compte/inscriptions");
		open("/espace");
		open("/espace/mise-en-relation");

		open("/espace/lieux");
		open("/espace/lieux/nouveau");
		submit();
		checkErrors("/espace/lieux/nouveau (erreur)");
		fill(Map.of("name", "Médiathèque " + this.token, "type", "mediatheque", "street", "place Saint-Corentin",
				"postalCode", "29000", "commune", "Quimper", "readyToHost", "true"));
		submit();
		long venueId = this.jdbc.sql("SELECT id FROM venue WHERE name = ?")
			.param("Médiathèque " + this.token)
			.query(Long.class)
			.single();
		open("/espace/lieux/" + venueId + "/modifier");

		open("/espace/profil");
		clearFields();
		submit();
		checkErrors("/espace/profil (erreur)");
		fill(Map.of("name", "Animatrice Accessible", "bio", "J'anime des cafés IA depuis 2024.", "commune", "Quimper",
				"organisation", "Médiathèque", "themes", "ia-et-travail", "audiences", "tout-public", "languages", "fr",
				"inPerson", "true", "travelKm", "30", "optedIn", "true"));
		submit();

		open("/espace/ressources");
		open("/espace/ressources/nouveau");
		submit();
		checkErrors("/espace/ressources/nouveau (erreur)");
		Path file = Files.createTempFile("deroule-", ".md");
		Files.writeString(file, "# Déroulé\n\nAccueil, échanges, conclusion.\n");
		fill(Map.ofEntries(Map.entry("title", "Déroulé " + this.token),
				Map.entry("summary", "Un déroulé prêt à l'emploi pour un café IA."),
				Map.entry("description", "Pour parler d'IA au quotidien."), Map.entry("kind", "kit-animation"),
				Map.entry("themes", "ia-au-quotidien"), Map.entry("audiences", "tout-public"),
				Map.entry("duration", "90"), Map.entry("level", "decouverte"), Map.entry("language", "fr"),
				Map.entry("authors", "Camille Martin"), Map.entry("licence", "CC-BY-NC-4.0"),
				Map.entry("permissionConfirmed", "true"), Map.entry("file", file.toString())));
		submit();
		long resourceId = this.jdbc.sql("SELECT id FROM library_item WHERE title = ?")
			.param("Déroulé " + this.token)
			.query(Long.class)
			.single();
		open("/espace/ressources/" + resourceId + "/modifier");
		open("/espace/ressources/" + resourceId + "/nouvelle-version");
		submit();
		checkErrors("/espace/ressources/{id}/nouvelle-version (erreur)");

		this.upcomingCafe = new TestEvent().title("Café accessible " + this.token)
			.organiser(this.facilitatorId)
			.venue(venueId)
			.portalRegistration(12)
			.startsIn(Duration.ofDays(5))
			.insert(this.jdbc);
		this.onlineCafe = new TestEvent().title("Café en ligne " + this.token)
			.organiser(this.facilitatorId)
			.online()
			.startsIn(Duration.ofDays(6))
			.insert(this.jdbc);
		this.cancelledCafe = new TestEvent().title("Café annulé " + this.token)
			.organiser(this.facilitatorId)
			.venue(venueId)
			.status(EventStatus.CANCELLED)
			.insert(this.jdbc);
		this.pastCafe = new TestEvent().title("Café passé " + this.token)
			.organiser(this.facilitatorId)
			.venue(venueId)
			.startsAt(Instant.now().minus(Duration.ofDays(3)))
			.insert(this.jdbc);
		register(this.upcomingCafe, "Alex", "CONFIRMED");
		register(this.upcomingCafe, "Sam", "WAITING");

		open("/espace/cafes");
		open("/espace/cafes/nouveau");
		submit();
		checkErrors("/espace/cafes/nouveau (erreur)");
		open("/espace/cafes/" + this.upcomingCafe + "/modifier");
		clearFields();
		submit();
		checkErrors("/espace/cafes/{id}/modifier (erreur)");
		open("/espace/cafes/" + this.upcomingCafe + "/dupliquer");
		open("/espace/cafes/" + this.upcomingCafe + "/annuler");
		open("/espace/cafes/" + this.upcomingCafe + "/inscrits");
		open("/espace/cafes/" + this.pastCafe + "/avis");
		this.participantLink = URI
			.create(this.browser.findElement(By.cssSelector(".poster-link a")).getAttribute("href"))
			.getRawPath();
		open("/espace/cafes/" + this.pastCafe + "/avis/affiche");
		open("/espace/cafes/" + this.pastCafe + "/bilan");
		submit("form.report-form");
		checkErrors("/espace/cafes/{id}/bilan (erreur)");
		Map<String, String> report = reportFields();
		report.put("questions[0].text", "Qui contrôle les algorithmes ?");
		report.put("questions[0].theme", "democratie-et-citoyennete");
		report.put("comment", "Rappeler Julie au 06 12 34 56 78");
		fill(report);
		submit("form.report-form");
		open("/espace/bilans");
		open("/espace/bilans/nouveau");
		submit("form.report-form");
		checkErrors("/espace/bilans/nouveau (erreur)");
		Map<String, String> catchUp = reportFields();
		LocalDate day = LocalDate.now().minusDays(10);
		catchUp.put("date", day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear());
		catchUp.put("eventFormat", "IN_PERSON");
		catchUp.put("commune", "Morlaix");
		catchUp.put("title", "Café IA hors portail " + this.token);
		catchUp.put("audiences", "seniors");
		fill(catchUp);
		submit("form.report-form");
		long catchUpId = this.jdbc.sql("SELECT max(id) FROM feedback_report WHERE author_id = ?")
			.param(this.facilitatorId)
			.query(Long.class)
			.single();
		open("/espace/bilans/" + catchUpId);
		logout();
		assertNoViolationsSince(from);
	}

	private void assertNoViolationsSince(int from) {
		assertThat(this.violations.subList(from, this.violations.size()))
			.as("accessibility violations (WCAG 2.1 A and AA)")
			.isEmpty();
	}

	@Test
	@Order(2)
	void moderatorPagesAndForms() {
		logout();
		int from = this.violations.size();
		this.moderatorEmail = "a11y-moderatrice-" + this.token + "@exemple.fr";
		this.moderatorId = account("Modératrice Accessible", this.moderatorEmail, Role.MODERATOR);
		long moderatorId = this.moderatorId;
		login(this.moderatorEmail);
		check("/compte/double-authentification");
		submit();
		checkErrors("/compte/double-authentification (erreur)");
		String secret = this.browser.findElement(By.id("secret")).getText();
		fill(Map.of("code", AccountsFixture.currentCode(secret)));
		submit();
		check("/compte/double-authentification/codes-de-secours");
		logout();
		login(this.moderatorEmail);
		check("/connexion/code");
		submit();
		checkErrors("/connexion/code (erreur)");
		fill(Map.of("code", new AccountsFixture(null, this.jdbcTemplate).freshCode(moderatorId)));
		submit();

		open("/moderation");
		open("/moderation/a-relire");
		List<Long> pending = this.jdbc
			.sql("SELECT id FROM moderation_item WHERE author_id = ? AND status = 'PENDING' ORDER BY id")
			.param(this.facilitatorId)
			.query(Long.class)
			.list();
		assertThat(pending).as("venue, profile and resource waiting for a decision").hasSizeGreaterThanOrEqualTo(3);
		for (long item : pending) {
			open("/moderation/" + item);
			submit();
			checkErrors("/moderation/{id} (erreur)");
			fill(Map.of("decision", "APPROVE"));
			submit();
		}
		long venueItem = pending.get(0);
		this.jdbc.sql("INSERT INTO moderation_report (item_id, reason, message) VALUES (?, 'autre', 'Adresse fausse')")
			.param(venueItem)
			.update();
		open("/moderation/signalements");
		long reportId = this.jdbc.sql("SELECT max(id) FROM moderation_report WHERE item_id = ?")
			.param(venueItem)
			.query(Long.class)
			.single();
		open("/moderation/signalements/" + reportId);
		open("/moderation/bilans");
		open("/moderation/bilans/elements");
		long itemId = this.jdbc.sql("""
				SELECT max(i.id) FROM feedback_report_item i JOIN feedback_report r ON r.id = i.report_id
				WHERE r.author_id = ?""").param(this.facilitatorId).query(Long.class).single();
		open("/moderation/bilans/elements/" + itemId);
		clearFields();
		submit();
		checkErrors("/moderation/bilans/elements/{id} (erreur)");
		long commentId = this.jdbc.sql("""
				INSERT INTO feedback_participant_answer (event_id, event_date, satisfaction, learned, comment,
				comment_status) VALUES (?, current_date - 1, 5, true, 'Merci à Camille, 06 12 34 56 78', 'PENDING')
				RETURNING id""").param(this.pastCafe).query(Long.class).single();
		open("/moderation/avis");
		open("/moderation/avis/" + commentId);
		clearFields();
		submit();
		checkErrors("/moderation/avis/{id} (erreur)");
		long ideaId = this.jdbc.sql("""
				INSERT INTO feedback_idea (kind, subject, message, email)
				VALUES ('IDEA', 'Un café dans chaque gare', 'Pour toucher les voyageurs.', 'idee@example.org')
				RETURNING id""").query(Long.class).single();
		open("/moderation/contributions");
		open("/moderation/contributions/" + ideaId);
		submit("//main//form[.//textarea[@name='text']]");
		checkErrors("/moderation/contributions/{id} (erreur)");
		logout();
		assertNoViolationsSince(from);
	}

	@Test
	@Order(3)
	void publicPagesAndFormsLoggedOut() {
		logout();
		int from = this.violations.size();
		open("/");
		open("/cafes");
		open("/cafes?q=accessible&format=IN_PERSON&rayon=20&lieu=Quimper");
		open("/cafes?carte=1");
		open("/cafes?q=introuvable" + this.token);
		open("/cafes/" + this.upcomingCafe);
		open("/cafes/" + this.onlineCafe);
		open("/cafes/" + this.cancelledCafe);
		open("/cafes/" + this.pastCafe);
		open("/cafes/" + this.upcomingCafe + "/inscription");
		submit();
		checkErrors("/cafes/{id}/inscription (erreur)");
		open("/cafes/" + this.upcomingCafe + "/inscription/envoyee");
		String manage = register(this.upcomingCafe, "Dominique", "CONFIRMED");
		open("/inscriptions/" + manage);

		open("/annuaire/animateurs");
		open("/annuaire/animateurs?q=Quimper");
		long profileId = this.jdbc.sql("SELECT id FROM facilitator_profile WHERE account_id = ?")
			.param(this.facilitatorId)
			.query(Long.class)
			.single();
		open("/annuaire/animateurs/" + profileId);
		String facilitatorPage = URI.create(this.browser.getCurrentUrl()).getRawPath();
		open(facilitatorPage + "/contact");
		submit();
		checkErrors("/annuaire/animateurs/{id}/contact (erreur)");
		open(facilitatorPage + "/contact/envoye");
		open("/annuaire/lieux");
		long venueId = this.jdbc.sql("SELECT id FROM venue WHERE name = ?")
			.param("Médiathèque " + this.token)
			.query(Long.class)
			.single();
		open("/annuaire/lieux/" + venueId);
		String venuePage = URI.create(this.browser.getCurrentUrl()).getRawPath();
		open(venuePage + "/contact");
		submit();
		checkErrors("/annuaire/lieux/{id}/contact (erreur)");
		open(venuePage + "/contact/envoye");

		open("/ressources");
		open("/ressources?q=déroulé&licence=CC-BY-NC-4.0");
		long resourceId = this.jdbc.sql("SELECT id FROM library_item WHERE title = ?")
			.param("Déroulé " + this.token)
			.query(Long.class)
			.single();
		open("/ressources/" + resourceId);

		open(this.participantLink);
		submit();
		checkErrors("/avis/{token} (erreur)");
		open(this.participantLink + "/merci");
		open("/contribuer");
		submit();
		checkErrors("/contribuer (erreur)");
		open("/contribuer/merci");
		open("/signaler?type=venue&id=" + venueId);
		submit();
		checkErrors("/signaler (erreur)");
		open("/signaler/merci");

		for (String page : List.of("/a-propos", "/mentions-legales", "/accessibilite", "/donnees-personnelles",
				"/plan-du-site", "/donnees", "/session-expiree")) {
			open(page);
		}
		open("/page-qui-n-existe-pas");
		open("/cafes?q=%00");
		open("/cafes/" + this.upcomingCafe + "?lang=en");

		open("/compte/creer");
		submit();
		checkErrors("/compte/creer (erreur)");
		String newcomer = "a11y-nouvelle-" + this.token + "@exemple.fr";
		fill(Map.of("displayName", "Nouvelle Venue", "email", newcomer, "password", AccountsFixture.PASSWORD,
				"acknowledged", "true"));
		submit();
		check("/compte/creer/confirmation");
		open(linkInMail(newcomer, "/compte/verifier/"));
		open("/compte/verifier/renvoyer");
		submit();
		checkErrors("/compte/verifier/renvoyer (erreur)");
		open("/compte/mot-de-passe-oublie");
		submit();
		checkErrors("/compte/mot-de-passe-oublie (erreur)");
		fill(Map.of("email", this.facilitatorEmail));
		submit();
		check("/compte/mot-de-passe-oublie/confirmation");
		open(linkInMail(this.facilitatorEmail, "/compte/nouveau-mot-de-passe/"));
		submit();
		checkErrors("/compte/nouveau-mot-de-passe/{token} (erreur)");
		publishedReportPages();
		assertNoViolationsSince(from);
	}

	/** The public annual report: its index, a published year and two of its tables. */
	private void publishedReportPages() {
		int year = LocalDate.now().getYear() - 1;
		this.jdbc.sql("INSERT INTO feedback_year_lock (year) VALUES (?) ON CONFLICT DO NOTHING").param(year).update();
		this.jdbc.sql("INSERT INTO report_publication (year) VALUES (?) ON CONFLICT DO NOTHING").param(year).update();
		try {
			open("/rapport");
			open("/rapport/" + year);
			open("/rapport/" + year + "/regions");
			open("/rapport/" + year + "/elements");
		}
		finally {
			this.jdbc.sql("DELETE FROM report_publication WHERE year = ?").param(year).update();
			this.jdbc.sql("DELETE FROM feedback_year_lock WHERE year = ?").param(year).update();
		}
	}

	@Test
	@Order(4)
	void adminPagesAndForms() {
		logout();
		int from = this.violations.size();
		this.adminEmail = "a11y-admin-" + this.token + "@exemple.fr";
		account("Admin Accessible", this.adminEmail, Role.ADMIN);
		login(this.adminEmail);
		String secret = this.browser.findElement(By.id("secret")).getText();
		fill(Map.of("code", AccountsFixture.currentCode(secret)));
		submit();
		open("/admin");
		open("/admin/journal");
		open("/admin/utilisateurs");
		open("/admin/utilisateurs?q=Animatrice");
		open("/admin/utilisateurs/" + this.facilitatorId);
		submit("//main//form[.//*[@name='motif']]");
		checkErrors("/admin/utilisateurs/{id} (erreur)");
		open("/admin/thematiques");
		open("/admin/thematiques/themes/nouveau");
		submit();
		checkErrors("/admin/thematiques/{segment}/nouveau (erreur)");
		long termId = this.jdbc.sql("SELECT min(id) FROM taxonomy_term").query(Long.class).single();
		open("/admin/thematiques/" + termId + "/modifier");
		clearFields();
		submit();
		checkErrors("/admin/thematiques/{id}/modifier (erreur)");
		open("/admin/statistiques");
		open("/admin/statistiques?du=2026-13-45&au=2020-01-01&territoire=x-00");
		checkErrors("/admin/statistiques (erreur)");
		open("/admin/rapport");
		open("/admin/rapport/" + LocalDate.now().getYear());
		// a facilitator's refusal page
		logout();
		login(this.facilitatorEmail);
		open("/admin");
		logout();
		assertNoViolationsSince(from);
	}

	@Test
	@Order(0)
	void theGateSeesAViolation() {
		this.browser.get(base() + "/a-propos");
		js("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/img/favicon.svg\">')");
		Results results = analyze();
		assertThat(results.getViolations()).extracting(Rule::getId).contains("image-alt");
	}

	/**
	 * The public pages whose header, links or forms change once logged in (navigation by
	 * role, the sign-up form of a café), as each role.
	 */
	@Test
	@Order(5)
	void publicPagesLoggedInAsEachRole() {
		int from = this.violations.size();
		logout();
		login(this.facilitatorEmail);
		publicPagesAs("animatrice");
		logout();
		login(this.moderatorEmail);
		fill(Map.of("code", new AccountsFixture(null, this.jdbcTemplate).freshCode(this.moderatorId)));
		submit();
		publicPagesAs("modératrice");
		logout();
		login(this.adminEmail);
		fill(Map.of("code",
				new AccountsFixture(null, this.jdbcTemplate)
					.freshCode(this.jdbc.sql("SELECT id FROM account WHERE email = ?")
						.param(this.adminEmail)
						.query(Long.class)
						.single())));
		submit();
		publicPagesAs("administratrice");
		logout();
		assertNoViolationsSince(from);
	}

	private void publicPagesAs(String role) {
		for (String page : List.of("/", "/cafes", "/cafes/" + this.upcomingCafe, "/annuaire/animateurs", "/ressources",
				"/plan-du-site")) {
			this.browser.get(base() + page);
			check(page + " (" + role + ")");
		}
		this.browser.get(base() + "/cafes/" + this.upcomingCafe + "/inscription");
		check("/cafes/{id}/inscription (" + role + ")");
		submit();
		checkErrors("/cafes/{id}/inscription (" + role + ", erreur)");
		this.browser.get(base() + "/contribuer");
		check("/contribuer (" + role + ")");
		submit();
		checkErrors("/contribuer (" + role + ", erreur)");
	}

	@Test
	@Order(6)
	void theKeyboardReachesTheContentSeesTheFocusAndLeavesTheMap() {
		this.browser.get(base() + "/");
		new Actions(this.browser).sendKeys(Keys.TAB).perform();
		WebElement first = this.browser.switchTo().activeElement();
		assertThat(first.getAttribute("class")).as("first focus stop").contains("skip-link");
		assertThat(first.isDisplayed()).as("the skip link shows when focused").isTrue();
		first.sendKeys(Keys.ENTER);
		assertThat(this.browser.switchTo().activeElement().getAttribute("id")).as("focus after the skip link")
			.isEqualTo("contenu");

		for (String page : List.of("/", "/cafes", "/connexion", "/contribuer")) {
			this.browser.get(base() + page);
			List<String> invisible = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				new Actions(this.browser).sendKeys(Keys.TAB).perform();
				WebElement focused = this.browser.switchTo().activeElement();
				String withFocus = focusStyle(focused);
				js("arguments[0].blur()", focused);
				String withoutFocus = focusStyle(focused);
				if (withFocus.equals(withoutFocus)) {
					invisible.add(page + " " + focused.getTagName() + " " + focused.getText());
				}
				js("arguments[0].focus()", focused);
			}
			assertThat(invisible).as("focused elements that look the same as unfocused").isEmpty();
		}

		this.browser.get(base() + "/cafes?carte=1");
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leaflet-container")));
		boolean leftTheMap = false;
		boolean wasInTheMap = false;
		for (int i = 0; i < 150 && !leftTheMap; i++) {
			new Actions(this.browser).sendKeys(Keys.TAB).perform();
			boolean inMap = (Boolean) js("return !!document.activeElement.closest('.leaflet-container')");
			boolean inFooter = (Boolean) js("return !!document.activeElement.closest('footer')");
			wasInTheMap |= inMap;
			leftTheMap = wasInTheMap && inFooter;
		}
		assertThat(wasInTheMap).as("the map can be reached with the keyboard").isTrue();
		assertThat(leftTheMap).as("Tab goes on from the map to the footer").isTrue();
	}

	private String focusStyle(WebElement element) {
		return (String) js("""
				const style = getComputedStyle(arguments[0]);
				return [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow,
				    style.backgroundColor, style.color, style.textDecorationLine].join('|')""", element);
	}

	private static Map<String, String> reportFields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("participants", "14");
		fields.put("firstTimers", "6");
		fields.put("age18To25", "3");
		fields.put("age61To75", "5");
		fields.put("durationMinutes", "95");
		fields.put("formatCode", "cafe-discussion");
		fields.put("themes", "ia-et-travail");
		fields.put("highlights", "Un échange très riche sur l’emploi.");
		fields.put("wouldRunAgain", "YES");
		return fields;
	}

	private void logout() {
		this.browser.manage().deleteAllCookies();
	}

	@Test
	@Order(100)
	void everyPageRouteIsVisitedOrExplained() {
		List<String> forgotten = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				return;
			}
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				if (NOT_PAGES.containsKey(pattern.getPatternString())) {
					continue;
				}
				boolean seen = this.visited.stream().anyMatch((path) -> pattern.matches(PathContainer.parsePath(path)));
				if (!seen) {
					forgotten.add(pattern.getPatternString());
				}
			}
		});
		assertThat(forgotten).as("GET routes neither checked for accessibility nor listed in NOT_PAGES").isEmpty();
	}

	// --- the browser ---

	private String base() {
		return "http://localhost:" + this.port;
	}

	private void open(String path) {
		this.browser.get(base() + path);
		this.visited.add(URLDecoder.decode(URI.create(base() + path).getRawPath(), StandardCharsets.UTF_8));
		check(path);
	}

	private Results analyze() {
		return new AxeBuilder().withTags(RULES).setLegacyMode(true).disableIframeTesting().analyze(this.browser);
	}

	/**
	 * Runs axe-core on the page shown and records its violations under this label.
	 */
	private void check(String label) {
		String path = URI.create(this.browser.getCurrentUrl()).getRawPath();
		this.visited.add(URLDecoder.decode(path, StandardCharsets.UTF_8));
		Results results = new AxeBuilder().withTags(RULES)
			.setLegacyMode(true)
			.disableIframeTesting()
			.analyze(this.browser);
		assertThat(results.getErrorMessage()).as("axe on " + label).isNull();
		assertThat(results.getPasses()).as("rules axe checked on " + label).isNotEmpty();
		this.pages++;
		for (Rule rule : results.getIncomplete()) {
			for (CheckedNode node : rule.getNodes()) {
				this.needsReview.add(rule.getId() + " " + node.getTarget() + " — "
						+ String.valueOf(node.getFailureSummary()).replace('\n', ' '));
			}
		}
		for (Rule rule : results.getViolations()) {
			for (CheckedNode node : rule.getNodes()) {
				this.violations.add(label + " [" + path + "] " + rule.getId() + " " + node.getTarget() + " "
						+ node.getHtml() + " — " + node.getFailureSummary());
			}
		}
	}

	/**
	 * Checks a form re-rendered with its errors, after making sure the errors are shown
	 * (so that the error state, not an accepted form, is what axe sees).
	 */
	private void checkErrors(String label) {
		List<WebElement> errors = this.browser.findElements(By.cssSelector(
				"#contenu .error-summary, #contenu [aria-invalid=true], #contenu .error-message, #contenu [role=alert]"));
		assertThat(errors)
			.as("errors shown on " + label + " " + this.browser.getCurrentUrl() + ":\n"
					+ this.browser.findElement(By.id("contenu")).getText())
			.isNotEmpty();
		check(label);
	}

	/** Submits the main form of the page as is, bypassing the browser's own checks. */
	private void submit() {
		submit("main form[method=post]:not(.inline-form)");
	}

	private void submit(String formSelector) {
		js("window.leftBehind = true");
		WebElement form = this.browser
			.findElement(formSelector.startsWith("/") ? By.xpath(formSelector) : By.cssSelector(formSelector));
		js("arguments[0].noValidate = true", form);
		// the form's own button, not one that adds or removes a row
		List<WebElement> buttons = form.findElements(By.cssSelector("button[type=submit], input[type=submit]"));
		WebElement button = buttons.stream()
			.filter((candidate) -> candidate.getDomAttribute("name") == null)
			.findFirst()
			.orElse(buttons.get(0));
		button.click();
		waitFor().until((browser) -> (Boolean) js(
				"return window.leftBehind === undefined && document.readyState === 'complete'"));
	}

	/** Empties the text fields of the main form (error state of a pre-filled form). */
	private void clearFields() {
		js("""
				document.querySelectorAll('main form[method=post]:not(.inline-form) input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file]):not(.honeypot input), main form[method=post]:not(.inline-form) textarea')
				    .forEach((field) => field.value = '')""");
	}

	/**
	 * Fills fields by name: select options and check boxes by value, files by path, other
	 * fields by value.
	 */
	private void fill(Map<String, String> values) {
		values.forEach((name, value) -> {
			List<WebElement> fields = this.browser.findElements(By.name(name));
			assertThat(fields).as("field " + name + " on " + this.browser.getCurrentUrl()).isNotEmpty();
			WebElement first = fields.get(0);
			String type = String.valueOf(first.getAttribute("type"));
			if (first.getTagName().equals("select")) {
				new Select(first).selectByValue(value);
			}
			else if (type.equals("checkbox") || type.equals("radio")) {
				for (WebElement field : fields) {
					if (value.equals(field.getAttribute("value")) && !field.isSelected()) {
						js("arguments[0].click()", field);
					}
				}
			}
			else if (type.equals("file")) {
				first.sendKeys(value);
			}
			else {
				js("arguments[0].value = arguments[1]", first, value);
			}
		});
	}

	private Object js(String script, Object... arguments) {
		return ((JavascriptExecutor) this.browser).executeScript(script, arguments);
	}

	private WebDriverWait waitFor() {
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	private void login(String email) {
		this.browser.get(base() + "/connexion");
		fill(Map.of("email", email, "password", AccountsFixture.PASSWORD));
		submit();
	}

	// --- data ---

	private long account(String name, String email, Role... roles) {
		long id = this.jdbc.sql("""
				INSERT INTO account (display_name, email, password_hash, email_verified_at, locale)
				VALUES (?, ?, ?, now(), 'fr') RETURNING id
				""").params(name, email, this.encoder.encode(AccountsFixture.PASSWORD)).query(Long.class).single();
		for (Role role : roles) {
			this.jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (?, ?)").params(id, role.name()).update();
		}
		return id;
	}

	private String register(long eventId, String firstName, String status) {
		String registrationToken = UUID.randomUUID().toString().replace("-", "")
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		this.jdbc.sql("INSERT INTO registration_event (event_id) VALUES (?) ON CONFLICT (event_id) DO NOTHING")
			.param(eventId)
			.update();
		this.jdbc.sql("""
				INSERT INTO registration (event_id, token, first_name, email, places, status)
				VALUES (?, ?, ?, ?, 1, ?)
				""")
			.params(eventId, registrationToken, firstName, firstName.toLowerCase() + "-" + this.token + "@example.org",
					status)
			.update();
		return registrationToken;
	}

	private String linkInMail(String email, String prefix) {
		for (var mail : this.outbox.mailsTo(email)) {
			Matcher link = LINK.matcher(mail.text());
			while (link.find()) {
				if (link.group(1).startsWith(prefix)) {
					return link.group(1);
				}
			}
		}
		throw new AssertionError("no link to " + prefix + " in the mails to " + email);
	}

}
