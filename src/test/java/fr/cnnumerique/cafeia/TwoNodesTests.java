package fr.cnnumerique.cafeia;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.notifications.MailOutbox;
import fr.cnnumerique.cafeia.notifications.StoredMail;
import fr.cnnumerique.cafeia.support.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one database, as behind a load balancer without sticky
 * sessions: what one node starts (a sign-up, a login) the other honours.
 */
class TwoNodesTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern LINK = Pattern.compile("https?://\\S+/compte/verifier/\\S+");

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@BeforeAll
	static void startTwoNodes() {
		nodeA = startNode();
		nodeB = startNode();
	}

	@AfterAll
	static void stopNodes() {
		nodeA.close();
		nodeB.close();
	}

	@Test
	void aLoginMadeOnOneNodeIsHonouredByTheOther() throws Exception {
		String email = "deux-noeuds-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
		String password = "une phrase de passe pour deux noeuds";

		String signUpForm = get(nodeA, "/compte/creer").body();
		HttpResponse<String> signedUp = post(nodeA, "/compte/creer", "displayName=Nadia%20Deux-Noeuds&email="
				+ encode(email) + "&password=" + encode(password) + "&acknowledged=true&_csrf=" + csrf(signUpForm));
		assertThat(signedUp.statusCode()).isEqualTo(302);

		List<StoredMail> mails = nodeA.getBean(MailOutbox.class).mailsTo(email);
		Matcher link = LINK.matcher(mails.get(0).text());
		assertThat(link.find()).isTrue();
		String verificationPath = link.group().replaceFirst("^https?://[^/]+", "");
		String confirmPage = get(nodeB, verificationPath).body();
		HttpResponse<String> verified = post(nodeA, verificationPath, "_csrf=" + csrf(confirmPage));
		assertThat(verified.statusCode()).isEqualTo(302);

		String loginForm = get(nodeB, "/connexion").body();
		HttpResponse<String> loggedIn = post(nodeA, "/connexion",
				"email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + csrf(loginForm));
		assertThat(loggedIn.statusCode()).isEqualTo(302);
		assertThat(loggedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/compte"));

		HttpResponse<String> account = get(nodeB, "/compte");
		assertThat(account.statusCode()).isEqualTo(200);
		assertThat(account.body()).contains("Nadia Deux-Noeuds", email);
		assertThat(get(nodeA, "/compte").statusCode()).isEqualTo(200);
	}

	@Test
	void theLanguageChosenOnOneNodeIsKeptByTheOther() throws Exception {
		assertThat(get(nodeA, "/?lang=en").body()).contains("<html lang=\"en\">");
		assertThat(get(nodeB, "/a-propos").body()).contains("<html lang=\"en\">", "About Café IA");
	}

	private static ConfigurableApplicationContext startNode() {
		TestDatabase database = TestDatabase.get();
		return new SpringApplicationBuilder(CafeIaApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(),
				"--spring.datasource.hikari.maximum-pool-size=3");
	}

	private HttpResponse<String> get(ConfigurableApplicationContext node, String path)
			throws IOException, InterruptedException {
		return this.browser.send(HttpRequest.newBuilder(uri(node, path)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(ConfigurableApplicationContext node, String path, String form)
			throws IOException, InterruptedException {
		return this.browser.send(HttpRequest.newBuilder(uri(node, path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext node, String path) {
		int port = ((WebServerApplicationContext) node).getWebServer().getPort();
		return URI.create("http://localhost:" + port + path);
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF token in the form").isTrue();
		return encode(matcher.group(1));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
