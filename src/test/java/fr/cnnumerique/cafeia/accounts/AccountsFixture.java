package fr.cnnumerique.cafeia.accounts;

import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
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
public final class AccountsFixture {

	/**
	 * Spring Session's cookie: named after {@code server.servlet.session.cookie.name}
	 * behind the embedded web server, {@code SESSION} in a MockMvc test that has none.
	 */
	static final Set<String> SESSION_COOKIES = Set.of("CAFEIA_SESSION", "SESSION");

	public static final String PASSWORD = "une phrase de passe solide";

	private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">([A-Z2-7 ]+)</code>");

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	private final MockMvc mvc;

	private final JdbcTemplate jdbc;

	public AccountsFixture(MockMvc mvc, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	public static String uniqueEmail(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
	}

	public void signUp(String name, String email, String password) throws Exception {
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
	public long verifiedAccount(String name, String email) throws Exception {
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
	public Cookie login(String email, String password) throws Exception {
		var response = this.mvc
			.perform(post("/connexion").with(csrf()).param("email", email).param("password", password))
			.andExpect(redirectedUrl("/compte"))
			.andReturn()
			.getResponse();
		return sessionCookie(response);
	}

	/**
	 * A verified account granted a staff role, with no second factor yet.
	 */
	public long staffAccount(String name, String email, Role role) throws Exception {
		long id = verifiedAccount(name, email);
		this.jdbc.update("INSERT INTO account_role (account_id, role) VALUES (?, ?)", id, role.name());
		return id;
	}

	/**
	 * Logs a staff member in through both steps, enrolling an authenticator first if the
	 * account has none (reading the secret from the enrolment page, as a person would),
	 * and returns the session cookie of the full login.
	 */
	public Cookie staffLogin(String email, String password) throws Exception {
		MvcResult first = this.mvc
			.perform(post("/connexion").with(csrf()).param("email", email).param("password", password))
			.andExpect(status().isFound())
			.andReturn();
		Cookie pending = sessionCookie(first.getResponse());
		if ("/compte/double-authentification".equals(first.getResponse().getRedirectedUrl())) {
			String page = this.mvc.perform(get("/compte/double-authentification").cookie(pending))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			String secret = secretShownOn(page);
			var enrolled = this.mvc
				.perform(post("/compte/double-authentification").cookie(pending)
					.with(csrf())
					.param("code", Totp.code(secret, Totp.currentStep(Clock.systemUTC()) - 1)))
				.andExpect(redirectedUrl("/compte/double-authentification/codes-de-secours"))
				.andReturn()
				.getResponse();
			return sessionCookie(enrolled);
		}
		assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/connexion/code");
		var verified = this.mvc
			.perform(post("/connexion/code").cookie(pending).with(csrf()).param("code", freshCode(accountId(email))))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse();
		assertThat(verified.getRedirectedUrl()).doesNotStartWith("/connexion");
		return sessionCookie(verified);
	}

	/**
	 * The code of the app right now. Tests log the same account in several times within
	 * 30 seconds, where a real app would wait for the next code: the record of the last
	 * code accepted is cleared first.
	 */
	public String freshCode(long accountId) {
		this.jdbc.update("UPDATE account_second_factor SET last_used_step = NULL WHERE account_id = ?", accountId);
		String secret = this.jdbc.queryForObject("SELECT secret FROM account_second_factor WHERE account_id = ?",
				String.class, accountId);
		return Totp.code(secret, Totp.currentStep(Clock.systemUTC()));
	}

	/**
	 * The code an authenticator app shows right now for a secret read from the enrolment
	 * page, for tests that drive the enrolment form in a real browser.
	 */
	public static String currentCode(String secret) {
		return Totp.code(secret.replace(" ", ""), Totp.currentStep(Clock.systemUTC()));
	}

	static String secretShownOn(String enrolmentPage) {
		Matcher matcher = SECRET.matcher(enrolmentPage);
		assertThat(matcher.find()).as("the secret shown as text").isTrue();
		return matcher.group(1).replace(" ", "");
	}

	public static Cookie sessionCookie(MockHttpServletResponse response) {
		Cookie session = Stream.of(response.getCookies())
			.filter((cookie) -> SESSION_COOKIES.contains(cookie.getName()))
			.findFirst()
			.orElse(null);
		assertThat(session).as("session cookie").isNotNull();
		return session;
	}

	public long accountId(String email) {
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
