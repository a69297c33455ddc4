package fr.cnnumerique.cafeia.accounts;

import java.util.Locale;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up and e-mail verification. A sign-up with an address that already has an account
 * looks the same to the visitor; only the owner of that address learns of it, by mail.
 */
@Service
class Registration {

	enum Outcome {

		VERIFIED, EMAIL_CHANGED, INVALID

	}

	private final AccountRepository accounts;

	private final Tokens tokens;

	private final AccountMails mails;

	private final PasswordEncoder passwordEncoder;

	private final AccountsProperties properties;

	private final AccountTokenRepository tokenRepository;

	Registration(AccountRepository accounts, Tokens tokens, AccountMails mails, PasswordEncoder passwordEncoder,
			AccountsProperties properties, AccountTokenRepository tokenRepository) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.mails = mails;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.tokenRepository = tokenRepository;
	}

	@Transactional
	void signUp(String displayName, String email, String password, Locale locale) {
		String address = AccountAuthenticationProvider.normalise(email);
		// Hashing in both branches keeps the response time from telling whether the
		// address is known.
		String hash = this.passwordEncoder.encode(password);
		var existing = this.accounts.findByEmail(address);
		if (existing.isPresent()) {
			this.mails.alreadyRegistered(existing.get(), this.properties.maxMailsPerHour());
			return;
		}
		Account account = this.accounts.saveAndFlush(new Account(displayName.strip(), address, hash, language(locale)));
		this.mails.verification(account, this.tokens.issue(account, AccountToken.Purpose.VERIFY_EMAIL, null,
				this.properties.verificationLinkValidity()));
	}

	@Transactional
	void resendVerification(String email) {
		this.accounts.findByEmail(AccountAuthenticationProvider.normalise(email))
			.filter((account) -> account.isActive() && !account.isVerified())
			.filter((account) -> !this.tokens.recentlySent(account, AccountToken.Purpose.VERIFY_EMAIL,
					this.properties.maxMailsPerHour()))
			.ifPresent((account) -> this.mails.verification(account, this.tokens.issue(account,
					AccountToken.Purpose.VERIFY_EMAIL, null, this.properties.verificationLinkValidity())));
	}

	@Transactional(readOnly = true)
	boolean isUsable(String token) {
		return this.tokens.findUsable(token, AccountToken.Purpose.VERIFY_EMAIL, AccountToken.Purpose.CHANGE_EMAIL)
			.isPresent();
	}

	/**
	 * Follows a verification link: either the first verification of the account, or the
	 * confirmation of a new address.
	 */
	@Transactional
	VerificationResult verify(String token) {
		var found = this.tokens.findUsable(token, AccountToken.Purpose.VERIFY_EMAIL, AccountToken.Purpose.CHANGE_EMAIL);
		if (found.isEmpty()) {
			return VerificationResult.INVALID;
		}
		AccountToken link = found.get();
		Account account = this.accounts.findById(link.getAccountId()).filter(Account::isActive).orElse(null);
		if (account == null) {
			return VerificationResult.INVALID;
		}
		link.use();
		if (link.getPurpose() == AccountToken.Purpose.VERIFY_EMAIL) {
			account.verifyEmail();
			return new VerificationResult(Outcome.VERIFIED, account.getId());
		}
		if (this.accounts.findByEmail(link.getNewEmail())
			.filter((other) -> !other.getId().equals(account.getId()))
			.isPresent()) {
			return VerificationResult.INVALID;
		}
		String oldEmail = account.getEmail();
		account.changeEmail(link.getNewEmail());
		account.verifyEmail();
		// links sent to the old address, or to another requested address, must not
		// outlive it
		this.tokenRepository.useAll(account.getId(), AccountToken.Purpose.RESET_PASSWORD);
		this.tokenRepository.useAll(account.getId(), AccountToken.Purpose.CHANGE_EMAIL);
		this.mails.emailChanged(account, oldEmail);
		return new VerificationResult(Outcome.EMAIL_CHANGED, account.getId());
	}

	static String language(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? "en" : "fr";
	}

	record VerificationResult(Outcome outcome, Long accountId) {

		static final VerificationResult INVALID = new VerificationResult(Outcome.INVALID, null);

	}

}
