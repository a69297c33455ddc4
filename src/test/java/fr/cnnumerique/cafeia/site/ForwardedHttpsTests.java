package fr.cnnumerique.cafeia.site;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.support.Http;
import fr.cnnumerique.cafeia.support.ServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS-terminating reverse proxy, as docs/deployment.md sets it up
 * ({@code server.forward-headers-strategy=native}): a request the proxy marks
 * {@code X-Forwarded-Proto: https} gets HSTS and a Secure session cookie; the same
 * request without the mark gets neither. Tomcat believes the header only from the proxies
 * of its internal range (here the test client on 127.0.0.1).
 */
@ServerTest
@TestPropertySource(properties = "server.forward-headers-strategy=native")
class ForwardedHttpsTests {

	@LocalServerPort
	int port;

	@Test
	void httpsThroughTheProxyGetsStrictTransportSecurityAndASecureCookie() {
		HttpResponse<String> response = Http.get(this.port, "/?lang=en", "X-Forwarded-Proto", "https");
		assertThat(response.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
		assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				(cookie) -> assertThat(cookie).startsWith("CAFEIA_SESSION=").contains("Secure", "HttpOnly"));
		SecurityHeadersTests.assertSecurityHeaders(response);
	}

	@Test
	void plainHttpGetsNeither() {
		HttpResponse<String> response = Http.get(this.port, "/?lang=en");
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(response.headers().firstValue("Set-Cookie").orElse("")).doesNotContain("Secure");
	}

}
