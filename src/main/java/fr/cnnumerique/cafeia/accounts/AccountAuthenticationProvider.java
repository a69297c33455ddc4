package fr.cnnumerique.cafeia.accounts;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Form login against the account table, throttled: the limits are checked before the
 * password, so once blocked even the right password is refused, and every outcome is
 * recorded. Deleted and password-less accounts look exactly like unknown ones; a
 * suspended account is told so, but only once the right password has been typed, so that
 * its existence leaks to nobody else. Staff accounts (moderators, administrators) come
 * out of a correct password only {@link SecondFactorPending halfway logged in}.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

	static final int MAX_EMAIL_LENGTH = 254;

	private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");

	private final DaoAuthenticationProvider delegate;

	private final LoginThrottle throttle;

	private final AccountRepository accounts;

	private final TransactionTemplate transactions;

	private final SecondFactor secondFactor;

	AccountAuthenticationProvider(AccountRepository accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle,
			TransactionTemplate transactions, SecondFactor secondFactor) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.transactions = transactions;
		this.secondFactor = secondFactor;
		this.delegate = new DaoAuthenticationProvider(userDetailsService(accounts));
		this.delegate.setPasswordEncoder(passwordEncoder);
	}

	static UserDetailsService userDetailsService(AccountRepository accounts) {
		return (email) -> accounts.findByEmail(normalise(email))
			.filter((account) -> (account.isActive() || account.isSuspended()) && account.getPasswordHash() != null)
			.map(AccountAuthenticationProvider::principal)
			.orElseThrow(() -> new UsernameNotFoundException("No active account"));
	}

	static CurrentAccount principal(Account account) {
		return new CurrentAccount(account.getId(), account.getEmail(), account.getPasswordHash(), account.isVerified(),
				account.getRoles());
	}

	/**
	 * Checks the limits, the password and records the attempt in one transaction that
	 * holds a lock on the address: parallel guesses queue behind each other instead of
	 * all passing the check while the hashes run.
	 */
	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = normalise(authentication.getName());
		String ip = (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) ? details.getRemoteAddress() : "unknown";
		Attempt attempt = this.transactions.execute((status) -> {
			this.throttle.lock(email);
			if (this.throttle.isBlocked(email, ip)) {
				return new Attempt(null, new LoginThrottledException());
			}
			try {
				Authentication result = this.delegate.authenticate(authentication);
				long id = ((CurrentAccount) result.getPrincipal()).id();
				Account account = this.accounts.findById(id).filter(Account::isActive).orElse(null);
				if (account == null) {
					throw new AccountSuspendedException();
				}
				account.loggedIn();
				this.throttle.record(email, ip, true);
				if (!account.isStaff()) {
					return new Attempt(result, null);
				}
				return new Attempt(new SecondFactorPending(id, account.getEmail(), this.secondFactor.isEnrolled(id)
						? SecondFactorPending.Step.CODE : SecondFactorPending.Step.ENROLMENT), null);
			}
			catch (AuthenticationException ex) {
				this.throttle.record(email, ip, false);
				return new Attempt(null, ex);
			}
		});
		if (attempt.failure() != null) {
			throw attempt.failure();
		}
		return attempt.result();
	}

	private record Attempt(Authentication result, AuthenticationException failure) {

	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	static String normalise(String email) {
		if (email == null) {
			return "";
		}
		String normalised = CONTROL_CHARACTERS.matcher(email).replaceAll("").strip().toLowerCase(Locale.ROOT);
		return (normalised.length() > MAX_EMAIL_LENGTH) ? normalised.substring(0, MAX_EMAIL_LENGTH) : normalised;
	}

	/**
	 * The password is right but an administrator suspended the account.
	 */
	static class AccountSuspendedException extends AuthenticationException {

		AccountSuspendedException() {
			super("Account suspended");
		}

	}

	/**
	 * Too many failed attempts for this e-mail address or from this IP address.
	 */
	static class LoginThrottledException extends AuthenticationException {

		LoginThrottledException() {
			super("Too many failed login attempts");
		}

	}

}
