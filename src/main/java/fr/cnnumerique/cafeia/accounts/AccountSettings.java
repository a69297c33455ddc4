package fr.cnnumerique.cafeia.accounts;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a logged-in person does with their own account: rename, change address or
 * password, download their data, delete the account.
 */
@Service
class AccountSettings {

	private final AccountRepository accounts;

	private final AccountTokenRepository tokenRepository;

	private final Tokens tokens;

	private final AccountMails mails;

	private final PasswordEncoder passwordEncoder;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	private final AccountsProperties properties;

	private final SecondFactor secondFactor;

	AccountSettings(AccountRepository accounts, AccountTokenRepository tokenRepository, Tokens tokens,
			AccountMails mails, PasswordEncoder passwordEncoder, LoginThrottle throttle,
			ApplicationEventPublisher events, AccountsProperties properties, SecondFactor secondFactor) {
		this.secondFactor = secondFactor;
		this.accounts = accounts;
		this.tokenRepository = tokenRepository;
		this.tokens = tokens;
		this.mails = mails;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
		this.events = events;
		this.properties = properties;
	}

	@Transactional(readOnly = true)
	AccountSummary show(long id) {
		return AccountSummary.of(active(id));
	}

	/**
	 * Checks the current password asked before a sensitive change. Wrong guesses count
	 * like failed logins, so a hijacked session cannot try passwords without limit.
	 */
	@Transactional
	PasswordCheck checkPassword(long id, String password, String ip) {
		Account account = active(id);
		if (this.throttle.isBlocked(account.getEmail(), ip)) {
			return PasswordCheck.BLOCKED;
		}
		boolean matches = password != null && account.getPasswordHash() != null
				&& this.passwordEncoder.matches(password, account.getPasswordHash());
		if (!matches) {
			this.throttle.record(account.getEmail(), ip, false);
			return PasswordCheck.WRONG;
		}
		return PasswordCheck.MATCHES;
	}

	enum PasswordCheck {

		MATCHES, WRONG, BLOCKED;

		/**
		 * @return the message key of the field error, or {@code null} when it matched
		 */
		String errorCode() {
			return switch (this) {
				case MATCHES -> null;
				case WRONG -> "accounts.current-password.wrong";
				case BLOCKED -> "accounts.current-password.blocked";
			};
		}

	}

	@Transactional
	void rename(long id, String displayName) {
		active(id).rename(displayName.strip());
	}

	/**
	 * Sends a confirmation link to the new address; the change applies when it is
	 * followed. If the address already has an account, its owner is told instead, and the
	 * requester sees the same answer.
	 */
	@Transactional
	void requestEmailChange(long id, String newEmail) {
		Account account = active(id);
		String address = AccountAuthenticationProvider.normalise(newEmail);
		var owner = this.accounts.findByEmail(address);
		if (owner.isPresent()) {
			if (!owner.get().getId().equals(account.getId())) {
				this.mails.alreadyRegistered(owner.get(), this.properties.maxMailsPerHour());
			}
			return;
		}
		String token = this.tokens.issue(account, AccountToken.Purpose.CHANGE_EMAIL, address,
				this.properties.verificationLinkValidity());
		this.mails.emailChange(account, address, token);
	}

	@Transactional
	void changePassword(long id, String newPassword) {
		Account account = active(id);
		account.changePassword(this.passwordEncoder.encode(newPassword));
		this.tokenRepository.useAll(id, AccountToken.Purpose.RESET_PASSWORD);
		this.tokenRepository.useAll(id, AccountToken.Purpose.CHANGE_EMAIL);
		this.mails.passwordChanged(account);
	}

	@Transactional(readOnly = true)
	AccountData export(long id) {
		Account account = active(id);
		List<LinkData> links = this.tokenRepository.findByAccountIdOrderByCreatedAt(id)
			.stream()
			.map((token) -> new LinkData(token.getPurpose().name(), token.getNewEmail(), token.getCreatedAt(),
					token.getExpiresAt(), token.getUsedAt()))
			.toList();
		return new AccountData(account.getId(), account.getDisplayName(), account.getEmail(),
				account.getStatus().name(), account.getRoles().stream().sorted().map(Role::name).toList(),
				account.getEmailVerifiedAt(), account.getLocale(), account.getCreatedAt(), account.getUpdatedAt(),
				account.getLastLoginAt(), links, this.throttle.attemptsOf(account.getEmail()));
	}

	/**
	 * Erases the personal data this module holds and tells the other modules to do the
	 * same through {@link AccountDeleted}.
	 */
	@Transactional
	void delete(long id) {
		Account account = active(id);
		String email = account.getEmail();
		account.erase();
		this.accounts.flush();
		this.tokenRepository.deleteByAccount(id);
		this.throttle.forget(email);
		this.mails.forget(email);
		this.secondFactor.reset(id);
		this.events.publishEvent(new AccountDeleted(id, account.getDeletedAt()));
	}

	private Account active(long id) {
		return this.accounts.findById(id).filter(Account::isActive).orElseThrow(() -> new AccountNotFoundException(id));
	}

	/**
	 * Everything the accounts module holds about a person, but secrets (password and link
	 * hashes).
	 */
	record AccountData(long id, String displayName, String email, String status, List<String> roles,
			Instant emailVerifiedAt, String locale, Instant createdAt, Instant updatedAt, Instant lastLoginAt,
			List<LinkData> linksSentByMail, List<LoginAttemptData> loginAttempts) {

	}

	record LinkData(String purpose, String newEmail, Instant createdAt, Instant expiresAt, Instant usedAt) {

	}

	record LoginAttemptData(Instant at, String ip, boolean success) {

	}

}
