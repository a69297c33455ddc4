package fr.cnnumerique.cafeia.moderation.queue;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import fr.cnnumerique.cafeia.accounts.AccountManagement;
import fr.cnnumerique.cafeia.notifications.MailOutbox;
import fr.cnnumerique.cafeia.notifications.OutgoingMail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The mails of moderation, written to the outbox in the deciding transaction. Authors are
 * written in French: the accounts API does not expose their language yet. Reporters are
 * written in the language of the page they reported from. Links come from the configured
 * base URL, never from the request.
 */
@Component
class ModerationMails {

	private final MailOutbox outbox;

	private final AccountManagement accounts;

	private final String baseUrl;

	ModerationMails(MailOutbox outbox, AccountManagement accounts,
			@Value("${cafeia.base-url:http://localhost:8080}") String baseUrl) {
		this.outbox = outbox;
		this.accounts = accounts;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * Tells the author of an item what was decided; skipped if the account is gone.
	 */
	void toAuthor(QueueItem item, String template, String reason, String comment) {
		this.accounts.find(item.authorId()).ifPresent((author) -> {
			Map<String, Object> variables = new HashMap<>();
			variables.put("name", author.displayName());
			variables.put("title", item.title());
			variables.put("link", link(item.publicUrl()));
			variables.put("reason", (reason != null) ? "moderation.reason." + reason : null);
			variables.put("comment", comment);
			this.outbox.enqueue(new OutgoingMail(author.email(), "moderation/" + template, author.locale(), variables));
		});
	}

	/**
	 * Tells a visitor who left an address what became of their report.
	 */
	void toReporter(String email, String locale, QueueItem item, boolean actioned) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("title", item.title());
		variables.put("actioned", actioned);
		this.outbox.enqueue(new OutgoingMail(email, "moderation/report-closed",
				Locale.forLanguageTag((locale != null) ? locale : "fr"), variables));
	}

	private String link(String publicUrl) {
		if (publicUrl == null) {
			return null;
		}
		return publicUrl.startsWith("/") ? this.baseUrl + publicUrl : publicUrl;
	}

}
