package fr.cnnumerique.cafeia.moderation.queue;

import java.util.Arrays;

import fr.cnnumerique.cafeia.accounts.AccountsFixture;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Verified accounts with roles, created straight in the database (the sign-up journey is
 * the accounts tests' business), and logged in through the real login form: sessions live
 * in PostgreSQL, so requests carry the session cookie as a browser would. The database is
 * shared by every test class, so each account has its own address.
 */
final class StaffFixture {

	static final String PASSWORD = "une phrase de passe solide";

	private static final Set<String> SESSION_COOKIES = Set.of("CAFEIA_SESSION", "SESSION");

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private String hash;

	private final AccountsFixture accounts;

	StaffFixture(MockMvc mvc, JdbcClient jdbc, PasswordEncoder encoder, JdbcTemplate jdbcTemplate) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.accounts = new AccountsFixture(mvc, jdbcTemplate);
	}

	record Staff(long id, String email, Cookie session) {

	}

	static String uniqueEmail(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
	}

	long account(String name, String email, String... roles) {
		if (this.hash == null) {
			this.hash = this.encoder.encode(PASSWORD);
		}
		long id = this.jdbc.sql("""
				INSERT INTO account (display_name, email, password_hash, email_verified_at)
				VALUES (?, ?, ?, now()) RETURNING id
				""").params(name, email, this.hash).query(Long.class).single();
		for (String role : roles) {
			this.jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (?, ?)").params(id, role).update();
		}
		return id;
	}

	Staff loggedIn(String name, String... roles) throws Exception {
		String email = uniqueEmail(name.toLowerCase().replace(' ', '-'));
		long id = account(name, email, roles);
		if (Arrays.asList(roles).contains("MODERATOR") || Arrays.asList(roles).contains("ADMIN")) {
			return new Staff(id, email, this.accounts.staffLogin(email, PASSWORD));
		}
		var response = this.mvc
			.perform(post("/connexion").with(csrf()).param("email", email).param("password", PASSWORD))
			.andExpect(redirectedUrl("/compte"))
			.andReturn()
			.getResponse();
		Cookie session = Stream.of(response.getCookies())
			.filter((cookie) -> SESSION_COOKIES.contains(cookie.getName()))
			.findFirst()
			.orElse(null);
		assertThat(session).as("session cookie").isNotNull();
		return new Staff(id, email, session);
	}

}
