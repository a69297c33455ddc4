package fr.cnnumerique.cafeia.accounts;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Creates the first administrator at start-up when there is none and
 * {@code cafeia.admin.email} is set, then logs once a link to choose its password. Nodes
 * starting together serialise on a PostgreSQL advisory lock, so only one creates it. If
 * the address already has an account, that account is promoted but its password is
 * cleared: whoever signed up with the address must prove they read its mailbox.
 */
@Component
@Order(1)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private static final long LOCK_KEY = 0x6361666569610001L;

	private final AccountRepository accounts;

	private final PasswordReset passwordReset;

	private final AccountMails mails;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final AccountsProperties properties;

	private final String email;

	private final AccountTokenRepository tokenRepository;

	private final SessionAuthentication sessions;

	FirstAdministrator(AccountRepository accounts, PasswordReset passwordReset, AccountMails mails, JdbcTemplate jdbc,
			TransactionTemplate transactions, AccountsProperties properties,
			@Value("${cafeia.admin.email:}") String email, AccountTokenRepository tokenRepository,
			SessionAuthentication sessions) {
		this.accounts = accounts;
		this.passwordReset = passwordReset;
		this.mails = mails;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.properties = properties;
		this.email = email;
		this.tokenRepository = tokenRepository;
		this.sessions = sessions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (StringUtils.hasText(this.email)) {
			ensureExists(this.email);
		}
	}

	/**
	 * @return the link to set the new administrator's password, empty if an administrator
	 * already existed
	 */
	Optional<String> ensureExists(String address) {
		String normalised = AccountAuthenticationProvider.normalise(address);
		Optional<String> link = Optional.ofNullable(this.transactions.execute((status) -> {
			this.jdbc.query("SELECT pg_advisory_xact_lock(?)", (rs) -> {
			}, LOCK_KEY);
			if (this.accounts.existsWithRole(Role.ADMIN)) {
				return null;
			}
			Account account = this.accounts.findByEmail(normalised)
				.orElseGet(() -> this.accounts.save(new Account("Administration", normalised, null, "fr")));
			// Whoever signed up with this address first must not keep a way in: no live
			// session, no pending link (an address change could move the account away).
			if (account.getId() != null) {
				this.tokenRepository.deleteByAccount(account.getId());
				this.sessions.endAll(account.getId());
			}
			account.changePassword(null);
			account.verifyEmail();
			account.grant(Role.ADMIN);
			this.accounts.flush();
			String token = this.passwordReset.issue(account, this.properties.firstAdminLinkValidity());
			return this.mails.link("/compte/nouveau-mot-de-passe/" + token);
		}));
		link.ifPresentOrElse(
				(url) -> log.warn("First administrator {} created. Choose its password within {} at {}", normalised,
						this.properties.firstAdminLinkValidity(), url),
				() -> log.debug("An administrator exists; {} left as it is", normalised));
		return link;
	}

}
