package fr.cnnumerique.cafeia;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import fr.cnnumerique.cafeia.accounts.AccountsFixture;
import fr.cnnumerique.cafeia.accounts.Role;
import fr.cnnumerique.cafeia.events.TestEvent;
import fr.cnnumerique.cafeia.moderation.TrustedAuthors;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StaffLogin;
import fr.cnnumerique.cafeia.support.StaffLogin.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The authorisation matrix: every route the application maps (found from the handler
 * mappings, so a new page cannot be forgotten), asked by five people, must answer what
 * {@link #MATRIX} says. Path variables are filled with real content of facilitator A: a
 * café with registrations, its report, a venue A manages, A's profile and library item, a
 * registration and a feedback token, the moderation item of A's venue, a visitor's report
 * on it, an idea, a report item to curate. POSTs carry a valid CSRF token and no field,
 * so they are about authorisation only: a refused POST (a login redirect or any 4xx) must
 * leave every content table as it was.
 * <p>
 * A route mapped without a row fails the test with the row to add; see
 * {@code docs/security.md} for the policy the matrix encodes.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteMatrixTests {

	private static final String NO_SUCH_ID = "987654321";

	/** A path variable, with its regular expression if any (which may hold braces). */
	private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)(:[^{}]*(\\{[^}]*}[^{}]*)*)?}");

	/**
	 * Expected status per route for: anonymous, facilitator A (owner of the content),
	 * facilitator B (another facilitator), a moderator, an administrator. {@code login}
	 * is a redirect to the login page; a number is the exact status. One line per route:
	 * method, pattern as mapped without its variables' regular expressions, five answers;
	 * lines starting with # are comments.
	 */
	static final String MATRIX = """
			# method pattern                                              anon  A     B     mod   admin
			# public pages, feeds and forms: the same answer for everyone
			GET  /                                                        200   200   200   200   200
			GET  /a-propos                                                200   200   200   200   200
			GET  /accessibilite                                           200   200   200   200   200
			GET  /annuaire/animateurs                                     200   200   200   200   200
			GET  /annuaire/animateurs/{id}                                301   301   301   301   301
			GET  /annuaire/animateurs/{id}-{slug}                         200   200   200   200   200
			GET  /annuaire/animateurs/{id}-{slug}/contact                 200   200   200   200   200
			POST /annuaire/animateurs/{id}-{slug}/contact                 400   400   400   400   400
			GET  /annuaire/animateurs/{id}-{slug}/contact/envoye          200   200   200   200   200
			GET  /annuaire/lieux                                          200   200   200   200   200
			GET  /annuaire/lieux.csv                                      200   200   200   200   200
			GET  /annuaire/lieux.geojson                                  200   200   200   200   200
			GET  /annuaire/lieux/{id}                                     301   301   301   301   301
			GET  /annuaire/lieux/{id}-{slug}                              200   200   200   200   200
			GET  /annuaire/lieux/{id}-{slug}/contact                      200   200   200   200   200
			POST /annuaire/lieux/{id}-{slug}/contact                      400   400   400   400   400
			GET  /annuaire/lieux/{id}-{slug}/contact/envoye               200   200   200   200   200
			GET  /avis/{token}                                            200   200   200   200   200
			POST /avis/{token}                                            400   400   400   400   400
			GET  /avis/{token}/merci                                      200   200   200   200   200
			GET  /cafes                                                   200   200   200   200   200
			GET  /cafes.csv                                               200   200   200   200   200
			GET  /cafes.geojson                                           200   200   200   200   200
			GET  /cafes.ics                                               200   200   200   200   200
			GET  /cafes.schema.json                                       200   200   200   200   200
			GET  /cafes/{id}                                              301   301   301   301   301
			GET  /cafes/{id}-{slug}                                       200   200   200   200   200
			GET  /cafes/{id}.ics                                          200   200   200   200   200
			GET  /cafes/{id}/inscription                                  200   200   200   200   200
			POST /cafes/{id}/inscription                                  400   400   400   400   400
			GET  /cafes/{id}/inscription/envoyee                          200   200   200   200   200
			GET  /contribuer                                              200   200   200   200   200
			POST /contribuer                                              400   400   400   400   400
			GET  /contribuer/merci                                        200   200   200   200   200
			GET  /donnees                                                 200   200   200   200   200
			GET  /donnees-personnelles                                    200   200   200   200   200
			GET  /inscriptions/{token}                                    200   200   200   200   200
			POST /inscriptions/{token}/annuler                            302   302   302   302   302
			POST /inscriptions/{token}/places                             302   302   302   302   302
			GET  /mentions-legales                                        200   200   200   200   200
			GET  /plan-du-site                                            200   200   200   200   200
			# annual reports: public once published, 404 before for everyone (staff read /admin/rapport)
			GET  /rapport                                                 200   200   200   200   200
			GET  /rapport/{annee}                                         404   404   404   404   404
			GET  /rapport/{annee}.pdf                                     404   404   404   404   404
			GET  /rapport/{annee}.zip                                     404   404   404   404   404
			GET  /rapport/{annee}/{tableau}                               404   404   404   404   404
			GET  /ressources                                              200   200   200   200   200
			GET  /ressources.csv                                          200   200   200   200   200
			GET  /ressources.json                                         200   200   200   200   200
			GET  /ressources/{id}                                         301   301   301   301   301
			GET  /ressources/{id}-{slug}                                  200   200   200   200   200
			GET  /ressources/{id}/fichiers/{fileId}                       200   200   200   200   200
			GET  /session-expiree                                         403   403   403   403   403
			GET  /signaler                                                404   404   404   404   404
			POST /signaler                                                404   404   404   404   404
			GET  /signaler/merci                                          200   200   200   200   200
			GET  /territoires/communes                                    200   200   200   200   200
			# account pages: one's own account, login needed
			GET  /compte                                                  login 200   200   200   200
			GET  /compte/creer                                            200   200   200   200   200
			POST /compte/creer                                            200   200   200   200   200
			GET  /compte/creer/confirmation                               200   200   200   200   200
			GET  /compte/donnees.json                                     login 200   200   200   200
			GET  /compte/double-authentification                          login 403   403   403   403
			POST /compte/double-authentification                          login 403   403   403   403
			GET  /compte/double-authentification/codes-de-secours         login 302   302   302   302
			GET  /compte/email                                            login 200   200   200   200
			POST /compte/email                                            login 200   200   200   200
			GET  /compte/inscriptions                                     login 200   200   200   200
			GET  /compte/mot-de-passe                                     login 200   200   200   200
			POST /compte/mot-de-passe                                     login 200   200   200   200
			GET  /compte/mot-de-passe-oublie                              200   200   200   200   200
			POST /compte/mot-de-passe-oublie                              200   200   200   200   200
			GET  /compte/mot-de-passe-oublie/confirmation                 200   200   200   200   200
			GET  /compte/nom                                              login 200   200   200   200
			POST /compte/nom                                              login 200   200   200   200
			GET  /compte/nouveau-mot-de-passe/{token}                     200   200   200   200   200
			POST /compte/nouveau-mot-de-passe/{token}                     200   200   200   200   200
			GET  /compte/supprimer                                        login 200   200   200   200
			POST /compte/supprimer                                        login 200   200   200   200
			GET  /compte/verifier/renvoyer                                200   200   200   200   200
			POST /compte/verifier/renvoyer                                200   200   200   200   200
			GET  /compte/verifier/{token}                                 200   200   200   200   200
			POST /compte/verifier/{token}                                 200   200   200   200   200
			GET  /connexion                                               200   302   302   302   302
			GET  /connexion/code                                          login 403   403   403   403
			POST /connexion/code                                          login 403   403   403   403
			# facilitator space: own content for A; B gets 404 as for unknown content; staff manage cafés, venues and resources but see no registrant, report or feedback of others
			GET  /espace                                                  login 200   200   200   200
			GET  /espace/bilans                                           login 200   200   200   200
			GET  /espace/bilans/nouveau                                   login 200   200   200   200
			POST /espace/bilans/nouveau                                   login 200   200   200   200
			GET  /espace/bilans/{id}                                      login 200   404   404   404
			POST /espace/bilans/{id}                                      login 200   404   404   404
			GET  /espace/cafes                                            login 200   200   200   200
			GET  /espace/cafes/nouveau                                    login 200   200   200   200
			POST /espace/cafes/nouveau                                    login 200   200   200   200
			GET  /espace/cafes/{id}/avis                                  login 200   404   404   404
			GET  /espace/cafes/{id}/avis/affiche                          login 200   404   404   404
			GET  /espace/cafes/{id}/inscrits                              login 200   404   200   200
			GET  /espace/cafes/{id}/inscrits.csv                          login 200   404   404   404
			POST /espace/cafes/{id}/inscrits/clore                        login 302   404   404   404
			POST /espace/cafes/{id}/inscrits/liste-attente                login 302   404   404   404
			POST /espace/cafes/{id}/inscrits/message                      login 400   404   404   404
			POST /espace/cafes/{id}/inscrits/presences                    login 302   404   404   404
			POST /espace/cafes/{id}/inscrits/rouvrir                      login 302   404   404   404
			GET  /espace/cafes/{id}/annuler                               login 200   404   200   200
			POST /espace/cafes/{id}/annuler                               login 409   404   409   409
			GET  /espace/cafes/{id}/bilan                                 login 200   404   404   404
			POST /espace/cafes/{id}/bilan                                 login 400   404   404   404
			GET  /espace/cafes/{id}/dupliquer                             login 200   404   200   200
			GET  /espace/cafes/{id}/modifier                              login 200   404   200   200
			POST /espace/cafes/{id}/modifier                              login 200   404   200   200
			GET  /espace/lieux                                            login 200   200   200   200
			GET  /espace/lieux/nouveau                                    login 200   200   200   200
			POST /espace/lieux/nouveau                                    login 200   200   200   200
			POST /espace/lieux/{id}/gestionnaires                         login 400   404   400   400
			POST /espace/lieux/{id}/gestionnaires/{accountId}/retirer     login 302   404   302   302
			GET  /espace/lieux/{id}/modifier                              login 200   404   200   200
			POST /espace/lieux/{id}/modifier                              login 200   404   200   200
			GET  /espace/mise-en-relation                                 login 200   200   200   200
			GET  /espace/profil                                           login 200   200   200   200
			POST /espace/profil                                           login 400   400   400   400
			GET  /espace/ressources                                       login 200   200   200   200
			GET  /espace/ressources/nouveau                               login 200   200   200   200
			POST /espace/ressources/nouveau                               login 200   200   200   200
			GET  /espace/ressources/{id}/modifier                         login 200   404   200   200
			POST /espace/ressources/{id}/modifier                         login 200   404   200   200
			GET  /espace/ressources/{id}/nouvelle-version                 login 200   404   200   200
			POST /espace/ressources/{id}/nouvelle-version                 login 200   404   200   200
			POST /espace/ressources/{id}/retirer                          login 302   404   302   302
			# moderation: moderators and administrators
			GET  /moderation                                              login 403   403   200   200
			GET  /moderation/a-relire                                     login 403   403   200   200
			GET  /moderation/bilans                                       login 403   403   200   200
			GET  /moderation/bilans/elements                              login 403   403   200   200
			GET  /moderation/bilans/elements/{id}                         login 403   403   200   200
			POST /moderation/bilans/elements/{id}                         login 403   403   200   200
			POST /moderation/bilans/elements/{id}/statut                  login 403   403   302   302
			GET  /moderation/avis                                         login 403   403   200   200
			GET  /moderation/avis/{id}                                    login 403   403   200   200
			POST /moderation/avis/{id}                                    login 403   403   200   200
			POST /moderation/avis/{id}/statut                             login 403   403   302   302
			POST /moderation/bilans/verrou                                login 403   403   302   302
			GET  /moderation/contributions                                login 403   403   200   200
			GET  /moderation/contributions/{id}                           login 403   403   200   200
			POST /moderation/contributions/{id}/rapport                   login 403   403   409   409
			POST /moderation/contributions/{id}/reponse                   login 403   403   400   400
			POST /moderation/contributions/{id}/statut                    login 403   403   400   400
			GET  /moderation/signalements                                 login 403   403   200   200
			GET  /moderation/signalements/{id}                            login 403   403   200   200
			POST /moderation/signalements/{id}/classement                 login 403   403   302   302
			POST /moderation/signalements/{id}/retrait                    login 403   403   400   400
			GET  /moderation/{id}                                         login 403   403   200   200
			POST /moderation/{id}                                         login 403   403   400   400
			# administration: administrators only
			GET  /admin                                                   login 403   403   403   200
			GET  /admin/journal                                           login 403   403   403   200
			GET  /admin/rapport                                           login 403   403   403   302
			GET  /admin/rapport/{annee}                                   login 403   403   403   200
			GET  /admin/rapport/{annee}.pdf                               login 403   403   403   200
			GET  /admin/rapport/{annee}.zip                               login 403   403   403   200
			POST /admin/rapport/{annee}/publication                       login 403   403   403   302
			POST /admin/rapport/{annee}/retrait                           login 403   403   403   302
			GET  /admin/statistiques                                      login 403   403   403   200
			GET  /admin/statistiques.zip                                  login 403   403   403   200
			GET  /admin/journal.csv                                       login 403   403   403   200
			GET  /admin/thematiques                                       login 403   403   403   200
			POST /admin/thematiques/{id}/descendre                        login 403   403   403   400
			GET  /admin/thematiques/{id}/modifier                         login 403   403   403   200
			POST /admin/thematiques/{id}/modifier                         login 403   403   403   200
			POST /admin/thematiques/{id}/monter                           login 403   403   403   400
			POST /admin/thematiques/{id}/reactiver                        login 403   403   403   400
			POST /admin/thematiques/{id}/retirer                          login 403   403   403   400
			GET  /admin/thematiques/{segment}/nouveau                     login 403   403   403   200
			POST /admin/thematiques/{segment}/nouveau                     login 403   403   403   200
			GET  /admin/utilisateurs                                      login 403   403   403   200
			GET  /admin/utilisateurs/{id}                                 login 403   403   403   200
			POST /admin/utilisateurs/{id}/confiance                       login 403   403   403   400
			POST /admin/utilisateurs/{id}/double-authentification         login 403   403   403   302
			POST /admin/utilisateurs/{id}/reactivation                    login 403   403   403   400
			POST /admin/utilisateurs/{id}/roles                           login 403   403   403   400
			POST /admin/utilisateurs/{id}/suspension                      login 403   403   403   400
			""";

	/** Tables whose rows refused requests must not touch. */
	private static final List<String> CONTENT_TABLES = List.of("account", "account_role", "account_second_factor",
			"event", "event_series", "registration", "registration_event", "registration_message", "venue",
			"venue_manager", "venue_published", "facilitator_profile", "facilitator_listing", "library_item",
			"library_version", "library_file", "feedback_report", "feedback_report_item", "feedback_year_lock",
			"feedback_participant_link", "feedback_participant_answer", "feedback_idea", "moderation_item",
			"moderation_report", "taxonomy_term", "trusted_author", "mail_outbox");

	/**
	 * GETs allowed to write, idempotently: a download counter, and the participants'
	 * feedback link of a café, made the first time its facilitator opens the page.
	 */
	private static final Set<String> GETS_THAT_WRITE = Set.of("/ressources/{id}/fichiers/{fileId}",
			"/espace/cafes/{id}/avis");

	/**
	 * Last path segments that name an action: a GET route may end with one only to show
	 * the form of the POST mapped at the same address (a form and its POST share a URL).
	 */
	private static final Set<String> ACTIONS = Set.of("supprimer", "retirer", "annuler", "clore", "rouvrir",
			"reactiver", "reactivation", "suspension", "suspendre", "publier", "retrait", "approuver", "refuser",
			"valider", "verifier", "confirmer", "deconnexion", "desinscrire", "monter", "descendre", "statut", "verrou",
			"classement", "reponse", "rapport", "roles", "confiance", "presences", "message", "liste-attente",
			"gestionnaires", "places", "renvoyer", "nouveau", "modifier", "nouvelle-version", "double-authentification",
			"bilan", "inscription", "contact");

	/**
	 * Pages whose last word is also an action elsewhere: « rapport » is the annual
	 * report.
	 */
	private static final Set<String> PAGES_NAMED_LIKE_ACTIONS = Set.of("/admin/rapport", "/rapport");

	private static final String[] WHO = { "anonymous", "A", "B", "moderator", "admin" };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JdbcClient jdbcClient;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	Staff owner;

	Staff other;

	Staff moderator;

	Staff admin;

	/** Values of the path variables, by route prefix then by variable name. */
	final Map<String, String> variables = new LinkedHashMap<>();

	@BeforeAll
	void createContent() throws Exception {
		StaffLogin logins = new StaffLogin(this.context);
		this.owner = logins.create("Matrice Animatrice A", Role.FACILITATOR);
		this.other = logins.create("Matrice Animateur B", Role.FACILITATOR);
		this.moderator = logins.create("Matrice Modératrice", Role.MODERATOR);
		this.admin = logins.create("Matrice Admin", Role.ADMIN);
		Staff managed = logins.create("Matrice Compte Géré", Role.FACILITATOR);
		// staff see their recovery codes once, right after enrolling: done here so that
		// the
		// page answers the same whichever test asks first
		for (Staff staff : List.of(this.moderator, this.admin)) {
			this.mvc.perform(get("/compte/double-authentification/codes-de-secours").with(staff.login()))
				.andExpect(status().isOk());
		}
		this.context.getBean(TrustedAuthors.class).setTrusted(this.owner.id(), this.owner.name(), true, 1L, "Admin");

		String suffix = Long.toString(this.owner.id());
		this.mvc
			.perform(post("/espace/lieux/nouveau").with(csrf())
				.with(this.owner.login())
				.param("name", "Médiathèque matrice " + suffix)
				.param("type", "mediatheque")
				.param("street", "place Saint-Corentin")
				.param("postalCode", "29000")
				.param("commune", "Quimper")
				.param("readyToHost", "true"))
			.andExpect(status().isFound());
		long venue = single("SELECT id FROM venue WHERE name = ?", "Médiathèque matrice " + suffix);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> count("SELECT count(*) FROM venue_published WHERE id = ?", venue) > 0);

		this.mvc
			.perform(post("/espace/profil").with(csrf())
				.with(this.owner.login())
				.param("name", "Matrice Animatrice")
				.param("bio", "J'anime des cafés IA.")
				.param("commune", "Quimper")
				.param("themes", "ia-et-travail")
				.param("audiences", "tout-public")
				.param("languages", "fr")
				.param("inPerson", "true")
				.param("travelKm", "30")
				.param("optedIn", "true"))
			.andExpect(status().isFound());
		long profile = single("SELECT id FROM facilitator_profile WHERE account_id = ?", this.owner.id());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> count("SELECT count(*) FROM facilitator_listing WHERE profile_id = ?", profile) > 0);

		String resourceTitle = "Kit matrice " + suffix;
		this.mvc.perform(multipart("/espace/ressources/nouveau")
			.file(new MockMultipartFile("file", "deroule.md", "application/octet-stream",
					"# Déroulé\n\nAccueil, échanges.\n".getBytes(StandardCharsets.UTF_8)))
			.param("title", resourceTitle)
			.param("summary", "Un déroulé prêt à l'emploi pour un café IA.")
			.param("kind", "kit-animation")
			.param("themes", "ia-au-quotidien")
			.param("audiences", "tout-public")
			.param("duration", "90")
			.param("level", "decouverte")
			.param("language", "fr")
			.param("authors", "Camille Martin")
			.param("licence", "CC-BY-NC-4.0")
			.with(csrf())
			.with(this.owner.login())).andExpect(status().isFound());
		long item = single("SELECT id FROM library_item WHERE title = ?", resourceTitle);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> count("SELECT count(*) FROM library_item_published WHERE id = ?", item) > 0);
		long file = single(
				"SELECT f.id FROM library_file f JOIN library_version v ON v.id = f.version_id WHERE v.item_id = ? ORDER BY f.id LIMIT 1",
				item);

		long cafe = new TestEvent().organiser(this.owner.id())
			.venue(venue)
			.portalRegistration(30)
			.startsIn(Duration.ofDays(5))
			.insert(this.jdbcClient);
		this.jdbc.update("INSERT INTO registration_event (event_id) VALUES (?) ON CONFLICT (event_id) DO NOTHING",
				cafe);
		String registrationToken = "matrice" + suffix + "x".repeat(40 - suffix.length());
		this.jdbc.update("""
				INSERT INTO registration (event_id, token, first_name, email, places, status)
				VALUES (?, ?, 'Inès', 'ines.matrice@example.org', 1, 'CONFIRMED')
				""", cafe, registrationToken);

		long pastCafe = new TestEvent().organiser(this.owner.id())
			.venue(venue)
			.startsIn(Duration.ofDays(-3))
			.theme("ia-et-travail")
			.audience("seniors")
			.insert(this.jdbcClient);
		String feedbackToken = "avis" + suffix + "y".repeat(30);
		this.jdbc.update("INSERT INTO feedback_participant_link (event_id, token) VALUES (?, ?)", pastCafe,
				feedbackToken);
		long participantComment = single("""
				INSERT INTO feedback_participant_answer (event_id, event_date, satisfaction, learned, comment,
				comment_status) VALUES (?, current_date - 3, 4, true, 'Très clair, merci.', 'PENDING') RETURNING id
				""", pastCafe);
		this.mvc
			.perform(post("/espace/cafes/" + pastCafe + "/bilan").with(csrf())
				.with(this.owner.login())
				.param("participants", "14")
				.param("firstTimers", "6")
				.param("durationMinutes", "95")
				.param("formatCode", "cafe-discussion")
				.param("themes", "ia-et-travail")
				.param("highlights", "Un échange très riche sur l’emploi.")
				.param("wouldRunAgain", "YES"))
			.andExpect(status().isFound());
		long report = single("SELECT id FROM feedback_report WHERE event_id = ?", pastCafe);
		LocalDate day = LocalDate.now().minusDays(10);
		this.mvc
			.perform(post("/espace/bilans/nouveau").with(csrf())
				.with(this.owner.login())
				.param("participants", "9")
				.param("firstTimers", "4")
				.param("durationMinutes", "95")
				.param("formatCode", "cafe-discussion")
				.param("themes", "ia-et-travail")
				.param("highlights", "Un échange très riche sur l’emploi.")
				.param("wouldRunAgain", "YES")
				.param("date", day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear())
				.param("eventFormat", "IN_PERSON")
				.param("commune", "Morlaix")
				.param("title", "Café IA à la médiathèque")
				.param("audiences", "seniors"))
			.andExpect(status().isFound());
		long catchUp = single("SELECT id FROM feedback_report WHERE author_id = ? AND event_id IS NULL",
				this.owner.id());
		long reportItem = single("""
				INSERT INTO feedback_report_item (report_id, kind, position, original_text, text)
				VALUES (?, 'QUESTION', 0, 'Qui décide ?', 'Qui décide ?') RETURNING id
				""", report);

		long moderationItem = single("SELECT id FROM moderation_item WHERE content_type = 'venue' AND content_id = ?",
				Long.toString(venue));
		long visitorReport = single("""
				INSERT INTO moderation_report (item_id, reason, message) VALUES (?, 'autre', 'Adresse fausse')
				RETURNING id
				""", moderationItem);
		long idea = single("""
				INSERT INTO feedback_idea (kind, subject, message) VALUES ('IDEA', 'Matrice', 'Une idée') RETURNING id
				""");
		long term = single("""
				INSERT INTO taxonomy_term (vocabulary, code, label_fr, label_en, position)
				VALUES ('THEME', ?, ?, ?, 999) RETURNING id
				""", "matrice-" + suffix, "Matrice " + suffix, "Matrix " + suffix);
		Long mail = this.jdbc.query("SELECT id FROM mail_outbox ORDER BY id DESC LIMIT 1",
				(rs) -> rs.next() ? rs.getLong(1) : null);

		this.variables.put("/admin/utilisateurs/ id", Long.toString(managed.id()));
		this.variables.put("/admin/thematiques/ id", Long.toString(term));
		this.variables.put("/admin/thematiques/ segment", "themes");
		this.variables.put("/moderation/signalements/ id", Long.toString(visitorReport));
		this.variables.put("/moderation/bilans/elements/ id", Long.toString(reportItem));
		this.variables.put("/moderation/avis/ id", Long.toString(participantComment));
		this.variables.put("/moderation/contributions/ id", Long.toString(idea));
		this.variables.put("/moderation/ id", Long.toString(moderationItem));
		this.variables.put("/espace/bilans/ id", Long.toString(catchUp));
		this.variables.put("/espace/cafes/ id", Long.toString(cafe));
		this.variables.put("/espace/lieux/ id", Long.toString(venue));
		this.variables.put("/espace/lieux/ accountId", Long.toString(this.owner.id()));
		this.variables.put("/espace/ressources/ id", Long.toString(item));
		this.variables.put("/ressources/ id", Long.toString(item));
		this.variables.put("/ressources/ fileId", Long.toString(file));
		this.variables.put("/annuaire/animateurs/ id", Long.toString(profile));
		this.variables.put("/annuaire/lieux/ id", Long.toString(venue));
		this.variables.put("/cafes/ id", Long.toString(cafe));
		this.variables.put("/inscriptions/ token", registrationToken);
		this.variables.put("/avis/ token", feedbackToken);
		this.variables.put("/dev/courriels/ id", (mail != null) ? mail.toString() : NO_SUCH_ID);
		this.variables.put("/annuaire/animateurs/ slug", slug("/annuaire/animateurs/" + profile));
		this.variables.put("/annuaire/lieux/ slug", slug("/annuaire/lieux/" + venue));
		this.variables.put("/cafes/ slug", slug("/cafes/" + cafe));
		this.variables.put("/ressources/ slug", slug("/ressources/" + item));
		this.variables.put("/admin/rapport/ annee", "2003");
		this.variables.put("/rapport/ annee", "2003");
		this.variables.put("/rapport/ tableau", "regions");
		this.variables.put(" slug", "un-titre");
		this.variables.put(" token", "jeton-inconnu-0123456789abcdef0123456789");
		this.variables.put(" id", NO_SUCH_ID);
	}

	@Test
	void everyRouteAnswersEachPersonAsTheMatrixSays() throws Exception {
		Map<String, String[]> expected = parse(MATRIX);
		// every GET first, on the content as created; then the POSTs, which may change it
		List<Route> routes = routesUnder("").stream()
			.filter((route) -> !route.path().equals("/error"))
			.sorted(Comparator.comparing((Route route) -> !route.method().equals("GET")).thenComparing(route -> route))
			.toList();
		assertThat(routes).hasSizeGreaterThan(100);
		List<String> missing = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		List<String> changed = new ArrayList<>();
		Map<Route, String[]> actual = new TreeMap<>();
		RequestPostProcessor[] sessions = { null, this.owner.login(), this.other.login(), this.moderator.login(),
				this.admin.login() };
		// the owner goes last: an owner's POST may change the content the others ask for
		int[] order = { 0, 2, 3, 4, 1 };
		for (Route route : routes) {
			String[] answers = new String[WHO.length];
			String beforeRoute = route.method().equals("GET") ? fingerprint() : null;
			for (int who : order) {
				String before = route.method().equals("GET") ? null : fingerprint();
				MockHttpServletResponse response = perform(route, sessions[who]);
				answers[who] = answer(response);
				String missingHeaders = missingSecurityHeaders(response);
				if (!missingHeaders.isEmpty()) {
					wrong.add(route + " " + WHO[who] + " → " + answers[who] + " without " + missingHeaders);
				}
				if (before != null && (answers[who].equals("login") || response.getStatus() >= 400)
						&& !before.equals(fingerprint())) {
					changed.add(route + " " + WHO[who] + " → " + answers[who]);
				}
			}
			if (beforeRoute != null && !GETS_THAT_WRITE.contains(route.name()) && !beforeRoute.equals(fingerprint())) {
				changed.add(route + " changed content");
			}
			actual.put(route, answers);
			String[] expectation = expected.remove(route.toString());
			if (expectation == null) {
				missing.add(row(route, answers));
			}
			else {
				for (int who = 0; who < WHO.length; who++) {
					if (!expectation[who].equals(answers[who])) {
						wrong.add(
								route + " " + WHO[who] + " → " + answers[who] + " (expected " + expectation[who] + ")");
					}
				}
			}
		}
		StringBuilder table = new StringBuilder();
		actual.forEach((route, answers) -> table.append(row(route, answers)).append('\n'));
		Files.writeString(Path.of("target", "route-matrix-actual.txt"), table);
		List<String> problems = new ArrayList<>();
		missing.forEach((row) -> problems.add("no row in the matrix for (as answered now): " + row));
		expected.keySet().forEach((row) -> problems.add("row for a route no longer mapped: " + row));
		problems.addAll(wrong);
		changed.forEach((change) -> problems.add("changed content: " + change));
		assertThat(problems).as("the authorisation matrix (answers of this run in target/route-matrix-actual.txt)")
			.isEmpty();
	}

	/**
	 * Every POST route, sent by the owner of the content with every field a change would
	 * need but without a CSRF token, or with the token of another session, gets the
	 * expired-form page (403) and changes nothing. The login and logout POSTs, handled by
	 * filters rather than controllers, are included.
	 */
	@Test
	void everyPostRouteRefusesAMissingOrForeignCsrfToken() throws Exception {
		List<Route> posts = new ArrayList<>(routesUnder("").stream()
			.filter((route) -> route.method().equals("POST") && !route.path().equals("/error"))
			.toList());
		assertThat(posts).hasSizeGreaterThan(50);
		posts.add(new Route("POST", "/connexion"));
		posts.add(new Route("POST", "/deconnexion"));
		String foreignToken = csrfTokenOfANewSession();
		List<String> wrong = new ArrayList<>();
		for (Route route : posts) {
			for (String token : new String[] { null, foreignToken }) {
				String before = fingerprint();
				MockHttpServletRequestBuilder request = request(HttpMethod.POST, concretePath(route))
					.with(this.owner.login())
					.param("version", "0")
					.param("email", this.owner.email())
					.param("password", StaffLogin.PASSWORD);
				if (token != null) {
					request.param("_csrf", token);
				}
				MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
				String what = route + ((token != null) ? " with another session's token" : " without a token");
				// MockMvc does not follow the forward to the expired-form page;
				// SecurityHeadersTests
				// shows the page on a real server
				if (response.getStatus() != 403 || !"/session-expiree".equals(response.getForwardedUrl())) {
					wrong.add(what + " → " + response.getStatus());
				}
				if (!before.equals(fingerprint())) {
					wrong.add(what + " changed content");
				}
			}
		}
		assertThat(wrong).as("POSTs not refused by the CSRF check").isEmpty();
		this.mvc.perform(get("/espace").with(this.owner.login())).andExpect(status().isOk());
	}

	/**
	 * No GET route performs an action: one whose last segment names an action only shows
	 * the form of the POST at the same address. That GETs write nothing is checked by the
	 * matrix itself, around every GET it sends.
	 */
	@Test
	void actionsAreNeverGets() {
		List<Route> routes = routesUnder("");
		List<String> wrong = new ArrayList<>();
		for (Route route : routes) {
			String last = route.path().substring(route.path().lastIndexOf('/') + 1);
			if (route.method().equals("GET") && ACTIONS.contains(last)
					&& !PAGES_NAMED_LIKE_ACTIONS.contains(route.path())
					&& !routes.contains(new Route("POST", route.path()))) {
				wrong.add(route.toString());
			}
			if (!route.method().equals("GET") && !route.method().equals("POST")) {
				wrong.add(route + " (only GET and POST: forms cannot send other methods)");
			}
		}
		assertThat(wrong).as("GET routes named after an action without the POST of their form").isEmpty();
	}

	private String csrfTokenOfANewSession() throws Exception {
		String page = this.mvc.perform(get("/connexion")).andReturn().getResponse().getContentAsString();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).as("CSRF field of the login form").isTrue();
		return token.group(1);
	}

	@Test
	void everyFacilitatorSpaceRouteNeedsAVerifiedAccount() throws Exception {
		AccountsFixture accounts = new AccountsFixture(this.mvc, this.jdbc);
		String email = AccountsFixture.uniqueEmail("matrice-non-verifiee");
		accounts.signUp("Matrice Non Vérifiée", email, AccountsFixture.PASSWORD);
		Cookie unverified = accounts.login(email, AccountsFixture.PASSWORD);
		List<Route> routes = routesUnder("/espace");
		assertThat(routes).extracting(Route::path)
			.contains("/espace", "/espace/profil", "/espace/lieux", "/espace/mise-en-relation");
		List<String> wrong = new ArrayList<>();
		for (Route route : routes) {
			MockHttpServletResponse response = perform(route, (request) -> {
				request.setCookies(unverified);
				return request;
			});
			if (response.getStatus() != 403) {
				wrong.add(route + " unverified → " + response.getStatus() + " (expected 403)");
			}
		}
		assertThat(wrong).as("routes answering an unverified account wrongly").isEmpty();
	}

	/**
	 * Every mapped route with ids that match nothing, anonymous, as a facilitator and as
	 * an administrator, without any parameter: nobody gets a server error for a truncated
	 * or forged request.
	 */
	@Test
	void noRouteFailsOnABareRequest() throws Exception {
		// Boot's own /error renders whatever error it is forwarded, 500 when called
		// directly
		List<Route> routes = routesUnder("").stream().filter((route) -> !route.path().equals("/error")).toList();
		List<String> failures = new ArrayList<>();
		for (Route route : routes) {
			for (RequestPostProcessor session : new RequestPostProcessor[] { null, this.other.login(),
					this.admin.login() }) {
				MockHttpServletResponse response = perform(route, route.path().replaceAll("\\{[^}]+}", NO_SUCH_ID),
						session);
				if (response.getStatus() >= 500) {
					failures.add(route + " → " + response.getStatus());
				}
			}
		}
		assertThat(failures).as("routes answering a bare request with a server error").isEmpty();
	}

	/**
	 * The security headers every response carries, whatever its kind (page, redirect,
	 * error, CSV, calendar, download): SecurityHeadersTests checks their values on a real
	 * server.
	 */
	private static String missingSecurityHeaders(MockHttpServletResponse response) {
		List<String> missing = new ArrayList<>();
		String csp = String.valueOf(response.getHeader("Content-Security-Policy"));
		if (!csp.contains("default-src 'self'") || !csp.contains("frame-ancestors 'none'")) {
			missing.add("Content-Security-Policy");
		}
		if (!"nosniff".equals(response.getHeader("X-Content-Type-Options"))) {
			missing.add("X-Content-Type-Options");
		}
		if (!"DENY".equals(response.getHeader("X-Frame-Options"))) {
			missing.add("X-Frame-Options");
		}
		for (String header : new String[] { "Referrer-Policy", "Permissions-Policy" }) {
			if (response.getHeader(header) == null) {
				missing.add(header);
			}
		}
		return String.join(", ", missing);
	}

	private static String answer(MockHttpServletResponse response) {
		String location = String.valueOf(response.getRedirectedUrl());
		if (response.getStatus() == 302 && location.endsWith("/connexion")) {
			return "login";
		}
		return Integer.toString(response.getStatus());
	}

	private static String row(Route route, String[] answers) {
		StringBuilder row = new StringBuilder(String.format("%-4s %-56s", route.method(), route.name()));
		for (String answer : answers) {
			row.append(String.format(" %-5s", answer));
		}
		return row.toString().stripTrailing();
	}

	/** The rows of the matrix by "METHOD pattern"; lines starting with # are comments. */
	private static Map<String, String[]> parse(String matrix) {
		Map<String, String[]> rows = new TreeMap<>();
		for (String line : matrix.lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.toList()) {
			String[] cells = line.split("\\s+");
			assertThat(cells).as("matrix row: " + line).hasSize(2 + WHO.length);
			String[] answers = new String[WHO.length];
			System.arraycopy(cells, 2, answers, 0, WHO.length);
			assertThat(rows.put(cells[0] + " " + cells[1], answers)).as("duplicate row: " + line).isNull();
		}
		return rows;
	}

	/**
	 * A summary of every content table, cheap enough to take around each refused POST: a
	 * row count and the sum of the transaction ids that wrote each row, which moves on
	 * any insert, update or delete.
	 */
	private String fingerprint() {
		StringBuilder sql = new StringBuilder();
		for (String table : CONTENT_TABLES) {
			if (!sql.isEmpty()) {
				sql.append(" || '|' || ");
			}
			sql.append("(SELECT count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM ")
				.append(table)
				.append(')');
		}
		return this.jdbc.queryForObject("SELECT " + sql, String.class);
	}

	private String concretePath(Route route) {
		Matcher matcher = VARIABLE.matcher(route.path());
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String value = this.variables.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().endsWith(" " + name)
						&& route.path().startsWith(entry.getKey().substring(0, entry.getKey().indexOf(' '))))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(NO_SUCH_ID);
			matcher.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	private MockHttpServletResponse perform(Route route, RequestPostProcessor session) throws Exception {
		return perform(route, concretePath(route), session);
	}

	/**
	 * Sends the request without any parameter, as a forged or truncated form would: an
	 * allowed role must get a page or a clear refusal, never a server error.
	 */
	private MockHttpServletResponse perform(Route route, String path, RequestPostProcessor session) throws Exception {
		MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(route.method()), path);
		if (!"GET".equals(route.method())) {
			builder.with(csrf());
		}
		if (session != null) {
			builder.with(session);
		}
		try {
			return this.mvc.perform(builder).andReturn().getResponse();
		}
		catch (jakarta.servlet.ServletException ex) {
			MockHttpServletResponse failed = new MockHttpServletResponse();
			failed.setStatus(500);
			return failed;
		}
	}

	/** The slug of the canonical address a short address redirects to. */
	private String slug(String shortPath) throws Exception {
		String location = this.mvc.perform(get(shortPath)).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).as("canonical address of " + shortPath).startsWith(shortPath + "-");
		return location.substring(shortPath.length() + 1);
	}

	private long single(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

	private long count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

	private List<Route> routesUnder(String prefix) {
		Set<Route> routes = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals(prefix) || pattern.startsWith(prefix + "/")) {
					if (methods.isEmpty()) {
						routes.add(new Route("GET", pattern));
					}
					methods.forEach((method) -> routes.add(new Route(method.name(), pattern)));
				}
			}
		});
		return List.copyOf(routes);
	}

	/**
	 * A mapped route.
	 *
	 * @param method the HTTP method
	 * @param path the pattern as mapped, with its variables' regular expressions
	 */
	record Route(String method, String path) implements Comparable<Route> {

		/** The pattern without the variables' regular expressions, as in the matrix. */
		String name() {
			return VARIABLE.matcher(this.path).replaceAll("{$1}");
		}

		@Override
		public int compareTo(Route other) {
			return (name() + " " + this.method).compareTo(other.name() + " " + other.method);
		}

		@Override
		public String toString() {
			return this.method + " " + name();
		}

	}

}
