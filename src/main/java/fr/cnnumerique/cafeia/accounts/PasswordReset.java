package fr.cnnumerique.cafeia.accounts;

import java.time.Duration;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgotten passwords: a single-use link by mail. Asking never tells whether an account
 * exists; following the link also proves the address, so it verifies the account.
 */
@Service
class PasswordReset {

	private final AccountRepository accounts;

	private final AccountTokenRepository tokenRepository;

	private final Tokens tokens;

	private final AccountMails mails;

	private final PasswordEncoder passwordEncoder;

	private final AccountsProperties properties;

	private final LoginThrottle throttle;

	PasswordReset(AccountRepository accounts, AccountTokenRepository tokenRepository, Tokens tokens, AccountMails mails,
			PasswordEncoder passwordEncoder, AccountsProperties properties, LoginThrottle throttle) {
		this.accounts = accounts;
		this.tokenRepository = tokenRepository;
		this.tokens = tokens;
		this.mails = mails;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.throttle = throttle;
	}

	@Transactional
	void request(String email) {
		this.accounts.findByEmail(AccountAuthenticationProvider.normalise(email))
			.filter(Account::isActive)
			.filter((account) -> !this.tokens.recentlySent(account, AccountToken.Purpose.RESET_PASSWORD,
					this.properties.maxMailsPerHour()))
			.ifPresent((account) -> this.mails.passwordReset(account,
					issue(account, this.properties.resetLinkValidity())));
	}

	String issue(Account account, Duration validity) {
		return this.tokens.issue(account, AccountToken.Purpose.RESET_PASSWORD, null, validity);
	}

	/**
	 * The account a reset link is for, while the link is usable.
	 */
	@Transactional(readOnly = true)
	Optional<AccountSummary> accountFor(String token) {
		return this.tokens.findUsable(token, AccountToken.Purpose.RESET_PASSWORD)
			.flatMap((link) -> this.accounts.findById(link.getAccountId()))
			.filter(Account::isActive)
			.map(AccountSummary::of);
	}

	/**
	 * Sets the new password (already checked against the policy), spends every
	 * outstanding reset and address-change link of the account (a pending address change
	 * may be an intruder's), and lifts the login block on the address, as the
	 * blocked-login message promises.
	 * @return whether the link was still usable
	 */
	@Transactional
	boolean reset(String token, String newPassword) {
		var link = this.tokens.findUsable(token, AccountToken.Purpose.RESET_PASSWORD);
		var account = link.flatMap((found) -> this.accounts.findById(found.getAccountId())).filter(Account::isActive);
		if (account.isEmpty()) {
			return false;
		}
		account.get().changePassword(this.passwordEncoder.encode(newPassword));
		account.get().verifyEmail();
		this.tokenRepository.useAll(account.get().getId(), AccountToken.Purpose.RESET_PASSWORD);
		this.tokenRepository.useAll(account.get().getId(), AccountToken.Purpose.CHANGE_EMAIL);
		this.throttle.forget(account.get().getEmail());
		return true;
	}

}
