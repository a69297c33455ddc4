package fr.cnnumerique.cafeia.accounts;

import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Drives the account journeys through HTTP and reads what they leave in the database
 * (mails in the outbox, account rows), for the accounts tests. The database is shared by
 * every test class, so each test uses its own addresses.
 */
final class AccountsFixture {

	/**
	 * Spring Session's cookie: named after {@code server.servlet.session.cookie.name}
	 * behind the embedded web server, {@code SESSION} in a MockMvc test that has none.
	 */
	static final Set<String> SESSION_COOKIES = Set.of("CAFEIA_SESSION", "SESSION");

	static final String PASSWORD = "une phrase de passe solide";

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	private final MockMvc mvc;

	private final JdbcTemplate jdbc;

	AccountsFixture(MockMvc mvc, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	static String uniqueEmail(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
	}

	void signUp(String name, String email, String password) throws Exception {
		this.mvc
			.perform(post("/compte/creer").with(csrf())
				.param("displayName", name)
				.param("email", email)
				.param("password", password)
				.param("acknowledged", "true"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/compte/creer/confirmation"));
	}

	/**
	 * Signs up, follows the link from the mail and returns the account id.
	 */
	long verifiedAccount(String name, String email) throws Exception {
		signUp(name, email, PASSWORD);
		confirm(pathOf(linkInLatestMail(email, "accounts/verification"))).andExpect(status().isFound());
		return accountId(email);
	}

	/**
	 * Follows a verification link as a person does: the page, then its confirmation
	 * button.
	 */
	ResultActions confirm(String path, Cookie... cookies) throws Exception {
		var page = get(path);
		var button = post(path).with(csrf());
		if (cookies.length > 0) {
			page.cookie(cookies);
			button.cookie(cookies);
		}
		this.mvc.perform(page)
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("action=\"" + path + "\"")));
		return this.mvc.perform(button);
	}

	/**
	 * Logs in and returns the session cookie: sessions live in PostgreSQL (Spring
	 * Session), so requests carry the cookie as a browser would.
	 */
	Cookie login(String email, String password) throws Exception {
		var response = this.mvc
			.perform(post("/connexion").with(csrf()).param("email", email).param("password", password))
			.andExpect(redirectedUrl("/compte"))
			.andReturn()
			.getResponse();
		Cookie session = Stream.of(response.getCookies())
			.filter((cookie) -> SESSION_COOKIES.contains(cookie.getName()))
			.findFirst()
			.orElse(null);
		assertThat(session).as("session cookie").isNotNull();
		return session;
	}

	long accountId(String email) {
		return this.jdbc.queryForObject("SELECT id FROM account WHERE email = ?::citext AND status <> 'DELETED'",
				Long.class, email);
	}

	int mailCount(String email) {
		return this.jdbc.queryForObject("SELECT count(*) FROM mail_outbox WHERE recipient = ?", Integer.class,
				email.toLowerCase());
	}

	String latestMail(String email, String template) {
		var bodies = this.jdbc.queryForList(
				"SELECT body_text FROM mail_outbox WHERE recipient = ? AND template = ? ORDER BY id DESC LIMIT 1",
				String.class, email.toLowerCase(), template);
		assertThat(bodies).as("mail %s to %s", template, email).hasSize(1);
		return bodies.get(0);
	}

	String linkInLatestMail(String email, String template) {
		Matcher matcher = LINK.matcher(latestMail(email, template));
		assertThat(matcher.find()).as("a link in the mail").isTrue();
		return matcher.group();
	}

	static String pathOf(String link) {
		return link.replaceFirst("^https?://[^/]+", "");
	}

}
