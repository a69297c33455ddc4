package fr.cnnumerique.cafeia.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import fr.cnnumerique.cafeia.notifications.MailOutbox;
import fr.cnnumerique.cafeia.notifications.OutgoingMail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The mails of the accounts module. A changed address or password is told to the owner,
 * so that a takeover does not go unnoticed. Links are built from the configured base URL,
 * never from the request's Host header, so a forged header cannot send people elsewhere.
 */
@Component
class AccountMails {

	private final MailOutbox outbox;

	private final String baseUrl;

	AccountMails(MailOutbox outbox, @Value("${cafeia.base-url:http://localhost:8080}") String baseUrl) {
		this.outbox = outbox;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	void forget(String email) {
		this.outbox.forgetRecipient(email);
	}

	String link(String path) {
		return this.baseUrl + path;
	}

	void verification(Account account, String token) {
		send(account.getEmail(), "accounts/verification", account, Map.of("link", link("/compte/verifier/" + token)));
	}

	/**
	 * Tells the owner of an address that someone tried to sign up (or move an account) to
	 * it; capped per hour so the form cannot be used to flood a mailbox.
	 */
	void alreadyRegistered(Account account, int maxPerHour) {
		Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
		long recent = this.outbox.mailsTo(account.getEmail())
			.stream()
			.filter((mail) -> "accounts/already-registered".equals(mail.template())
					&& mail.createdAt().isAfter(hourAgo))
			.count();
		if (recent >= maxPerHour) {
			return;
		}
		send(account.getEmail(), "accounts/already-registered", account,
				Map.of("loginLink", link("/connexion"), "resetLink", link("/compte/mot-de-passe-oublie")));
	}

	void passwordReset(Account account, String token) {
		send(account.getEmail(), "accounts/password-reset", account,
				Map.of("link", link("/compte/nouveau-mot-de-passe/" + token)));
	}

	void emailChange(Account account, String newEmail, String token) {
		send(newEmail, "accounts/email-change", account,
				Map.of("link", link("/compte/verifier/" + token), "newEmail", newEmail));
	}

	void emailChanged(Account account, String oldEmail) {
		send(oldEmail, "accounts/email-changed", account, Map.of("newEmail", account.getEmail()));
	}

	void passwordChanged(Account account) {
		send(account.getEmail(), "accounts/password-changed", account,
				Map.of("resetLink", link("/compte/mot-de-passe-oublie")));
	}

	private void send(String to, String template, Account account, Map<String, Object> variables) {
		Map<String, Object> all = new HashMap<>(variables);
		all.put("name", account.getDisplayName());
		this.outbox.enqueue(new OutgoingMail(to, template, Locale.forLanguageTag(account.getLocale()), all));
	}

}
