package fr.cnnumerique.cafeia.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Opens an administrator's session on a running portal for the benchmark's staff
 * scenarios ({@code scripts/benchmark}): gives the account {@value #EMAIL} of the
 * benchmark database a fresh random password and an enrolled second factor, logs in
 * through the real login pages (password, then a TOTP code) and prints the {@code Cookie}
 * header value to send with each request.
 * <p>
 * Arguments: the database's JDBC URL (user {@code postgres}, no password, as
 * {@link BenchDatabase} serves it) and the portal's base URL.
 */
public final class BenchStaffSession {

	static final String EMAIL = "bench-admin@cafeia.invalid";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private final String base;

	private BenchStaffSession(String base) {
		this.base = base;
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 2) {
			throw new IllegalArgumentException("expected: <jdbc url> <base url>");
		}
		byte[] random = new byte[18];
		new SecureRandom().nextBytes(random);
		String password = HexFormat.of().formatHex(random);
		String secret = new DefaultSecretGenerator().generate();
		try (Connection connection = DriverManager.getConnection(args[0], "postgres", "")) {
			prepareAccount(connection, password, secret);
		}
		System.out.println(new BenchStaffSession(args[1]).logIn(password, secret));
	}

	private static void prepareAccount(Connection connection, String password, String secret) throws SQLException {
		String hash = "{argon2}" + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(password);
		connection.setAutoCommit(false);
		long id;
		try (PreparedStatement find = connection
			.prepareStatement("SELECT id FROM account WHERE email = ? AND status <> 'DELETED'")) {
			find.setString(1, EMAIL);
			try (ResultSet row = find.executeQuery()) {
				id = row.next() ? row.getLong(1) : -1;
			}
		}
		if (id < 0) {
			try (PreparedStatement insert = connection
				.prepareStatement("INSERT INTO account (display_name, email, password_hash, email_verified_at) "
						+ "VALUES ('Administration du banc d''essai', ?, ?, now()) RETURNING id")) {
				insert.setString(1, EMAIL);
				insert.setString(2, hash);
				try (ResultSet row = insert.executeQuery()) {
					row.next();
					id = row.getLong(1);
				}
			}
		}
		else {
			update(connection, "UPDATE account SET password_hash = ? WHERE id = ?", hash, id);
		}
		update(connection, "INSERT INTO account_role (account_id, role) VALUES (?, 'ADMIN') ON CONFLICT DO NOTHING",
				null, id);
		update(connection, "DELETE FROM account_second_factor WHERE account_id = ?", null, id);
		update(connection, "INSERT INTO account_second_factor (secret, enrolled_at, account_id) VALUES (?, now(), ?)",
				secret, id);
		update(connection, "DELETE FROM login_attempt WHERE email = ?", null, EMAIL);
		connection.commit();
	}

	private static void update(Connection connection, String sql, String text, Object key) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			int index = 1;
			if (text != null) {
				statement.setString(index++, text);
			}
			statement.setObject(index, key);
			statement.executeUpdate();
		}
	}

	private String logIn(String password, String secret) throws Exception {
		HttpResponse<String> login = post("/connexion", Map.of("email", EMAIL, "password", password),
				csrf(get("/connexion")));
		expectRedirect(login, "/connexion/code");
		long step = Instant.now().getEpochSecond() / 30;
		String code = new DefaultCodeGenerator().generate(secret, step);
		HttpResponse<String> verified = post("/connexion/code", Map.of("code", code), csrf(get("/connexion/code")));
		String target = verified.headers().firstValue("Location").orElse("");
		if (verified.statusCode() != 302 || target.contains("/connexion")) {
			throw new IllegalStateException("the second factor was refused: " + verified.statusCode() + " " + target);
		}
		return this.cookies.entrySet()
			.stream()
			.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(request(path).GET().build());
	}

	private HttpResponse<String> post(String path, Map<String, String> fields, String csrf)
			throws IOException, InterruptedException {
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", csrf);
		String body = form.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path));
		if (!this.cookies.isEmpty()) {
			builder.header("Cookie",
					this.cookies.entrySet()
						.stream()
						.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
						.collect(Collectors.joining("; ")));
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		List<String> setCookies = response.headers().allValues("Set-Cookie");
		for (String setCookie : setCookies) {
			String pair = setCookie.split(";", 2)[0];
			int equals = pair.indexOf('=');
			this.cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
		}
		return response;
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher matcher = CSRF.matcher(page.body());
		if (page.statusCode() != 200 || !matcher.find()) {
			throw new IllegalStateException("no login form at " + page.uri() + " (" + page.statusCode() + ")");
		}
		return matcher.group(1);
	}

	private static void expectRedirect(HttpResponse<String> response, String target) {
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || !location.endsWith(target)) {
			throw new IllegalStateException(
					"login refused: " + response.statusCode() + " " + location + " (expected " + target + ")");
		}
	}

}
