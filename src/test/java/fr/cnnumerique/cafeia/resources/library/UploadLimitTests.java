package fr.cnnumerique.cafeia.resources.library;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import fr.cnnumerique.cafeia.accounts.AccountsFixture;
import fr.cnnumerique.cafeia.support.ServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload above the size limit, through the real servlet container: the container
 * refuses to parse the body, and the author is sent back to the form with a French
 * message (not an error page, not an expired-form page), with nothing stored.
 */
@ServerTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "cafeia.files.max-size=1MB", "cafeia.files.max-request-size=2MB" })
class UploadLimitTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	HttpResponse<String> send(HttpRequest.Builder request, Cookie session) throws Exception {
		return this.client.send(request.header("Cookie", session.getName() + "=" + session.getValue()).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	@Test
	void aFileAboveTheLimitLeadsBackToTheFormWithAFrenchMessage() throws Exception {
		AccountsFixture accounts = new AccountsFixture(this.mvc, this.jdbc);
		String email = AccountsFixture.uniqueEmail("limite");
		accounts.verifiedAccount("Limite", email);
		Cookie session = accounts.login(email, AccountsFixture.PASSWORD);

		String form = send(HttpRequest.newBuilder(uri("/espace/ressources/nouveau")).GET(), session).body();
		assertThat(form).contains("Jusqu’à 1 Mo");
		Matcher csrf = CSRF.matcher(form);
		assertThat(csrf.find()).isTrue();
		String title = "Trop lourde " + System.nanoTime();
		byte[] large = new byte[1536 * 1024];
		Arrays.fill(large, (byte) 'a');
		String boundary = "limite" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		part(body, boundary, "_csrf", null, csrf.group(1).getBytes(StandardCharsets.UTF_8));
		part(body, boundary, "title", null, title.getBytes(StandardCharsets.UTF_8));
		part(body, boundary, "file", "gros.txt", large);
		body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));

		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/espace/ressources/nouveau"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), session);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow())
			.endsWith("/espace/ressources/nouveau?fichier-trop-lourd");
		String back = send(HttpRequest.newBuilder(uri("/espace/ressources/nouveau?fichier-trop-lourd")).GET(), session)
			.body();
		assertThat(back).contains("Le fichier envoyé est trop lourd");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM library_item WHERE title = ?", Long.class, title))
			.isZero();
	}

	private static void part(ByteArrayOutputStream body, String boundary, String name, String fileName, byte[] content)
			throws IOException {
		String header = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
				+ ((fileName != null) ? "; filename=\"" + fileName + "\"\r\nContent-Type: text/plain" : "")
				+ "\r\n\r\n";
		body.write(header.getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
	}

}
