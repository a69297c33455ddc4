package fr.cnnumerique.cafeia.support;

import java.util.Arrays;

import jakarta.servlet.http.Cookie;

import fr.cnnumerique.cafeia.accounts.AccountsFixture;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import fr.cnnumerique.cafeia.accounts.CurrentAccount;
import fr.cnnumerique.cafeia.accounts.Role;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Accounts with given roles, and the authenticated request that acts as them, for tests
 * of staff pages. The account row and its roles are written directly; the principal comes
 * session comes from the real login form, second factor included for staff (see
 * {@link AccountsFixture#staffLogin}), and its cookie is attached to each request. The
 * database is shared by every test class, so each call creates a new account.
 */
public final class StaffLogin {

	public static final String PASSWORD = "une phrase de passe pour les tests";

	private static String passwordHash;

	private final JdbcTemplate jdbc;

	private final PasswordEncoder encoder;

	private final AccountsFixture accounts;

	public StaffLogin(ApplicationContext context) {
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.encoder = context.getBean(PasswordEncoder.class);
		this.accounts = new AccountsFixture(context.getBean(MockMvc.class), this.jdbc);
	}

	/**
	 * Creates a verified, active account with these roles.
	 * @param name display name
	 * @param roles roles granted (none for a plain account)
	 * @return the account and a way to act as it
	 */
	public Staff create(String name, Role... roles) {
		String email = "staff-" + UUID.randomUUID().toString().substring(0, 12) + "@exemple.fr";
		Long id = this.jdbc.queryForObject("""
				INSERT INTO account (display_name, email, password_hash, email_verified_at, locale)
				VALUES (?, ?, ?, now(), 'fr') RETURNING id
				""", Long.class, name, email, hash(this.encoder));
		for (Role role : roles) {
			this.jdbc.update("INSERT INTO account_role (account_id, role) VALUES (?, ?)", id, role.name());
		}
		boolean staff = Arrays.stream(roles).anyMatch((role) -> role == Role.MODERATOR || role == Role.ADMIN);
		Cookie session;
		try {
			session = staff ? this.accounts.staffLogin(email, PASSWORD) : this.accounts.login(email, PASSWORD);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot log " + email + " in", ex);
		}
		return new Staff(id, name, email, (request) -> {
			request.setCookies(session);
			return request;
		});
	}

	public Staff admin(String name) {
		return create(name, Role.ADMIN);
	}

	private static synchronized String hash(PasswordEncoder encoder) {
		if (passwordHash == null) {
			passwordHash = encoder.encode(PASSWORD);
		}
		return passwordHash;
	}

	/**
	 * A test account.
	 *
	 * @param id account id
	 * @param name display name
	 * @param email login
	 * @param login add to a MockMvc request ({@code .with(staff.login())}) to send it as
	 * this account
	 */
	public record Staff(long id, String name, String email, RequestPostProcessor login) {
	}

}
