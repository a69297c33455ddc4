package fr.cnnumerique.cafeia;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.accounts.AccountsFixture;
import fr.cnnumerique.cafeia.accounts.Role;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The authorisation matrix over every route the application maps under
 * {@code /moderation}, {@code /admin} and {@code /espace} (found from the handler
 * mappings, so a new page cannot be forgotten): anonymous visitors are sent to the login
 * page; in the back-office facilitators are refused everywhere, moderators reach the
 * moderation pages only, administrators reach everything; the facilitator space needs a
 * verified account.
 */
@IntegrationTest
class RouteMatrixTests {

	private static final String NO_SUCH_ID = "987654321";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	Cookie facilitator;

	Cookie moderator;

	Cookie admin;

	@BeforeEach
	void logIn() throws Exception {
		AccountsFixture accounts = new AccountsFixture(this.mvc, this.jdbc);
		String facilitatorEmail = AccountsFixture.uniqueEmail("matrice-animatrice");
		accounts.verifiedAccount("Matrice Animatrice", facilitatorEmail);
		this.facilitator = accounts.login(facilitatorEmail, AccountsFixture.PASSWORD);
		String moderatorEmail = AccountsFixture.uniqueEmail("matrice-moderatrice");
		accounts.staffAccount("Matrice Modératrice", moderatorEmail, Role.MODERATOR);
		this.moderator = accounts.staffLogin(moderatorEmail, AccountsFixture.PASSWORD);
		String adminEmail = AccountsFixture.uniqueEmail("matrice-admin");
		accounts.staffAccount("Matrice Admin", adminEmail, Role.ADMIN);
		this.admin = accounts.staffLogin(adminEmail, AccountsFixture.PASSWORD);
	}

	@Test
	void everyStaffRouteAnswersEachRoleAsItShould() throws Exception {
		List<Route> routes = staffRoutes();
		assertThat(routes).extracting(Route::path)
			.contains("/moderation", "/admin", "/admin/journal", "/admin/utilisateurs", "/admin/thematiques");
		List<String> wrong = new ArrayList<>();
		for (Route route : routes) {
			MockHttpServletResponse anonymous = perform(route, null);
			if (anonymous.getStatus() != 302 || !String.valueOf(anonymous.getRedirectedUrl()).endsWith("/connexion")) {
				wrong.add(route + " anonymous → " + anonymous.getStatus() + " " + anonymous.getRedirectedUrl());
			}
			expectRefused(route, "facilitator", perform(route, this.facilitator), wrong);
			if (route.path().startsWith("/admin")) {
				expectRefused(route, "moderator", perform(route, this.moderator), wrong);
			}
			else {
				expectAllowed(route, "moderator", perform(route, this.moderator), wrong);
			}
			expectAllowed(route, "admin", perform(route, this.admin), wrong);
		}
		assertThat(wrong).as("routes answering a role wrongly").isEmpty();
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
			MockHttpServletResponse anonymous = perform(route, null);
			if (anonymous.getStatus() != 302 || !String.valueOf(anonymous.getRedirectedUrl()).endsWith("/connexion")) {
				wrong.add(route + " anonymous → " + anonymous.getStatus() + " " + anonymous.getRedirectedUrl());
			}
			expectRefused(route, "unverified", perform(route, unverified), wrong);
			expectAllowed(route, "facilitator", perform(route, this.facilitator), wrong);
		}
		assertThat(wrong).as("routes answering a role wrongly").isEmpty();
	}

	/**
	 * Every mapped route, anonymous, as a facilitator and as an administrator, without
	 * any parameter: nobody gets a server error for a truncated or forged request.
	 */
	@Test
	void noRouteFailsOnABareRequest() throws Exception {
		// Boot's own /error renders whatever error it is forwarded, 500 when called
		// directly
		List<Route> routes = routesUnder("").stream().filter((route) -> !route.path().equals("/error")).toList();
		assertThat(routes).hasSizeGreaterThan(40);
		List<String> failures = new ArrayList<>();
		for (Route route : routes) {
			for (Cookie session : new Cookie[] { null, this.facilitator, this.admin }) {
				MockHttpServletResponse response = perform(route, session);
				if (response.getStatus() >= 500) {
					failures.add(route + " → " + response.getStatus());
				}
			}
		}
		assertThat(failures).as("routes answering a bare request with a server error").isEmpty();
	}

	private static void expectRefused(Route route, String who, MockHttpServletResponse response, List<String> wrong) {
		if (response.getStatus() != 403) {
			wrong.add(route + " " + who + " → " + response.getStatus() + " (expected 403)");
		}
	}

	private static void expectAllowed(Route route, String who, MockHttpServletResponse response, List<String> wrong) {
		String location = String.valueOf(response.getRedirectedUrl());
		if (response.getStatus() == 401 || response.getStatus() == 403 || response.getStatus() >= 500
				|| location.contains("/connexion") || location.contains("/double-authentification")) {
			wrong.add(route + " " + who + " → " + response.getStatus() + " " + location);
		}
	}

	/**
	 * Sends the request without any parameter, as a forged or truncated form would: an
	 * allowed role must get a page or a clear refusal, never a server error.
	 */
	private MockHttpServletResponse perform(Route route, Cookie session) throws Exception {
		MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(route.method()), route.concretePath());
		if (!"GET".equals(route.method())) {
			builder.with(csrf());
		}
		if (session != null) {
			builder.cookie(session);
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

	private List<Route> staffRoutes() {
		List<Route> routes = new ArrayList<>(routesUnder("/moderation"));
		routes.addAll(routesUnder("/admin"));
		return routes;
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

	record Route(String method, String path) implements Comparable<Route> {

		String concretePath() {
			return this.path.replaceAll("\\{[^}]+}", NO_SUCH_ID);
		}

		@Override
		public int compareTo(Route other) {
			return (this.path + " " + this.method).compareTo(other.path + " " + other.method);
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

}
