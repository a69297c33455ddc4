package fr.cnnumerique.cafeia.site;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.cnnumerique.cafeia.support.Http;
import fr.cnnumerique.cafeia.support.ServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security headers on a real Tomcat, for every kind of response: pages, redirects,
 * error pages rendered by the container, feeds, static files and WebJars, 304s, and the
 * expired-form page a POST without a CSRF token gets. RouteMatrixTests checks the same
 * headers on every route through MockMvc; this test covers what MockMvc skips.
 */
@ServerTest
class SecurityHeadersTests {

	@LocalServerPort
	int port;

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() {
		HttpResponse<String> response = Http.get(this.port, "/?lang=en");
		String cookie = response.headers().firstValue("Set-Cookie").orElse("");
		assertThat(cookie).startsWith("CAFEIA_SESSION=").contains("HttpOnly", "SameSite=Lax");
		// Secure only when the request came over HTTPS (ForwardedHttpsTests)
		assertThat(cookie).doesNotContain("Secure");
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "/, 200", "/a-propos, 200", "/connexion, 200", "/compte, 302", "/espace/cafes, 302",
			"/admin/journal, 302", "/page-inconnue, 404", "/cafes/987654321-inconnu, 404", "/cafes?q=%00, 400",
			"/session-expiree, 403", "/cafes.csv, 200", "/cafes.ics, 200", "/cafes.geojson, 200",
			"/cafes.schema.json, 200", "/ressources.json, 200", "/annuaire/lieux.csv, 200",
			"/territoires/communes?q=ly, 200", "/css/site.css, 200", "/js/cafe-map.js, 200", "/img/favicon.svg, 200",
			"/webjars/leaflet/dist/leaflet.js, 200", "/actuator/health, 200", "/actuator/metrics, 302",
			"/cafes;jsessionid=1, 400", "/cafes//x, 400" })
	void everyResponseCarriesTheSecurityHeaders(String path, int status) {
		HttpResponse<String> response = Http.get(this.port, path);
		assertThat(response.statusCode()).as(path).isEqualTo(status);
		assertSecurityHeaders(response);
	}

	@Test
	void aNotModifiedAnswerCarriesTheSecurityHeaders() {
		HttpResponse<String> first = Http.get(this.port, "/css/site.css");
		String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
		HttpResponse<String> response = Http.get(this.port, "/css/site.css", "If-Modified-Since", lastModified);
		assertThat(response.statusCode()).isEqualTo(304);
		assertSecurityHeaders(response);
	}

	@Test
	void aFormSentWithoutItsTokenGetsTheFrenchExpiredFormPage() {
		HttpResponse<String> response = Http.postForm(this.port, "/contribuer", "sujet=Bonjour");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("pas pu être envoyé", "Revenir au formulaire");
		assertSecurityHeaders(response);
	}

	@Test
	void noResponseNamesTheServerSoftware() {
		for (String path : new String[] { "/", "/page-inconnue", "/css/site.css", "/cafes;jsessionid=1" }) {
			HttpResponse<String> response = Http.get(this.port, path);
			assertThat(response.headers().firstValue("Server")).as(path).isEmpty();
			assertThat(response.headers().firstValue("X-Powered-By")).as(path).isEmpty();
			assertThat(response.body()).as(path).doesNotContainIgnoringCase("tomcat");
		}
	}

	@Test
	void noStrictTransportSecurityOverPlainHttp() {
		assertThat(Http.get(this.port, "/").headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	static void assertSecurityHeaders(HttpResponse<String> response) {
		String what = response.request().method() + " " + response.uri().getRawPath() + " → " + response.statusCode();
		String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
		assertThat(csp).as(what)
			.contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'",
					"form-action 'self'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
		assertThat(response.headers().firstValue("Referrer-Policy")).as(what)
			.hasValue("strict-origin-when-cross-origin");
		assertThat(response.headers().firstValue("Permissions-Policy")).as(what)
			.hasValueSatisfying((policy) -> assertThat(policy).contains("camera=()", "microphone=()"));
		assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
		for (String header : new String[] { "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy",
				"Permissions-Policy", "X-Frame-Options" }) {
			assertThat(response.headers().allValues(header)).as(what + ": one " + header).hasSize(1);
		}
	}

}
