package fr.cnnumerique.cafeia.support;

import java.util.UUID;

import fr.cnnumerique.cafeia.accounts.CurrentAccount;
import fr.cnnumerique.cafeia.accounts.Role;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Accounts with given roles, and the authenticated request that acts as them, for tests
 * of staff pages. The account row and its roles are written directly; the principal comes
 * from the application's own authentication provider (so it is the real
 * {@link CurrentAccount}), and is attached to each request rather than obtained through
 * the login form. This is the one place to adapt when staff logins gain a second factor.
 * The database is shared by every test class, so each call creates a new account.
 */
public final class StaffLogin {

	public static final String PASSWORD = "une phrase de passe pour les tests";

	private static String passwordHash;

	private final JdbcTemplate jdbc;

	private final PasswordEncoder encoder;

	private final AuthenticationProvider provider;

	public StaffLogin(ApplicationContext context) {
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.encoder = context.getBean(PasswordEncoder.class);
		this.provider = context.getBean(AuthenticationProvider.class);
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
		Authentication authenticated = this.provider
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, PASSWORD));
		CurrentAccount.from(authenticated).ifPresent(CurrentAccount::eraseCredentials);
		return new Staff(id, name, email, authentication(authenticated));
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
