package fr.cnnumerique.cafeia.site;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.cnnumerique.cafeia.support.Http;
import fr.cnnumerique.cafeia.support.ServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@ServerTest
class SecurityHeadersTests {

	@LocalServerPort
	int port;

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() {
		HttpResponse<String> response = Http.get(this.port, "/?lang=en");
		String cookie = response.headers().firstValue("Set-Cookie").orElse("");
		assertThat(cookie).startsWith("CAFEIA_SESSION=").contains("HttpOnly", "SameSite=Lax");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/a-propos", "/connexion", "/compte", "/espace/cafes", "/admin/journal",
			"/css/site.css", "/img/favicon.svg", "/page-inconnue", "/actuator/health", "/actuator/metrics",
			"/territoires/communes?q=ly" })
	void everyResponseCarriesTheSecurityHeaders(String path) {
		HttpResponse<String> response = Http.get(this.port, path);
		String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
		assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
				"base-uri 'none'");
		assertThat(csp).doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
		assertThat(response.headers().firstValue("Permissions-Policy")).isPresent();
	}

}
