package fr.cnnumerique.cafeia.site;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.cnnumerique.cafeia.events.TestEvent;
import fr.cnnumerique.cafeia.shared.PublicFormGuard;
import fr.cnnumerique.cafeia.support.ServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms posted with a NUL or another control character, through the real servlet
 * container: the characters are removed before the form is bound, so the form is taken
 * (or shown again with a French message), never a 500, and nothing holding one is stored.
 */
@ServerTest
class ControlCharactersInFormsTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PublicFormGuard guard;

	final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aRegistrationWithANulIsTakenWithoutIt() throws Exception {
		long event = new TestEvent().portalRegistration(10).insert(this.jdbc);
		String path = "/cafes/" + event + "/inscription";
		Form form = open(path);
		String email = "nul" + System.nanoTime() + "@exemple.fr";
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", form.csrf());
		fields.put("prenom", "Cam\u0000ille\u0001");
		fields.put("email", email + "\u0000");
		fields.put("places", "1\u0000");
		fields.put("accord", "true");
		fields.put("website", "");
		fields.put("formToken", this.guard.token(Instant.now().minusSeconds(30)));

		HttpResponse<String> response = post(path, form.cookie(), fields);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith(path + "/envoyee");
		assertThat(this.jdbc.sql("SELECT first_name FROM registration WHERE event_id = ? AND email = ?::citext")
			.params(event, email)
			.query(String.class)
			.list()).containsExactly("Camille");
	}

	@Test
	void anIdeaWithANulIsTakenWithoutItUrlEncodedOrMultipart() throws Exception {
		String subject = "Sujet " + System.nanoTime();
		Form form = open("/contribuer");
		Map<String, String> fields = idea(form, "Atel\u0000ier " + subject,
				"Un\u0000 message\u001b\r\nsur deux lignes");
		HttpResponse<String> response = post("/contribuer", form.cookie(), fields);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/contribuer/merci");

		Form multipart = open("/contribuer");
		String other = "Autre " + subject;
		HttpResponse<String> sent = postMultipart("/contribuer", multipart.cookie(),
				idea(multipart, other + "\u0000", "Message\u0000 en plusieurs parties"));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/contribuer/merci");

		assertThat(this.jdbc.sql("SELECT subject || '|' || message FROM feedback_idea WHERE subject LIKE ? ORDER BY id")
			.param("%" + subject)
			.query(String.class)
			.list()).containsExactly("Atelier " + subject + "|Un message\nsur deux lignes",
					other + "|Message en plusieurs parties");
	}

	@Test
	void aFormMadeOnlyOfControlCharactersGetsItsFrenchMessages() throws Exception {
		Form form = open("/contribuer");
		HttpResponse<String> response = post("/contribuer", form.cookie(), idea(form, "\u0000\u0000", "\u0000"));
		// the idea box shows a refused form again with a 400 status
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("lang=\"fr\"", "error-message", "name=\"subject\"").doesNotContain("??");
	}

	private Map<String, String> idea(Form form, String subject, String message) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", form.csrf());
		fields.put("kind", "idee");
		fields.put("subject", subject);
		fields.put("message", message);
		fields.put("website", "");
		fields.put("formToken", this.guard.token(Instant.now().minusSeconds(30)));
		return fields;
	}

	private Form open(String path) throws Exception {
		HttpResponse<String> page = this.client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		String cookie = page.headers()
			.allValues("Set-Cookie")
			.stream()
			.map((value) -> value.substring(0, value.indexOf(';')))
			.collect(Collectors.joining("; "));
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).as(path).isTrue();
		return new Form(cookie, csrf.group(1));
	}

	private HttpResponse<String> post(String path, String cookie, Map<String, String> fields) throws Exception {
		String body = fields.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.client.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> postMultipart(String path, String cookie, Map<String, String> fields)
			throws Exception {
		String boundary = "nul" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
					+ "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.write(field.getValue().getBytes(StandardCharsets.UTF_8));
			body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
		}
		body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return this.client.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private record Form(String cookie, String csrf) {

	}

}
