package fr.cnnumerique.cafeia.registrations.facilitator;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.cnnumerique.cafeia.accounts.AccountManagement;
import fr.cnnumerique.cafeia.accounts.AccountSummary;
import fr.cnnumerique.cafeia.accounts.CurrentAccount;
import fr.cnnumerique.cafeia.events.EventSummary;
import fr.cnnumerique.cafeia.notifications.MailOutbox;
import fr.cnnumerique.cafeia.notifications.OutgoingMail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a facilitator's message to a café's registrants: one mail each, in their
 * language, through the outbox, so that either every mail is stored with the record of
 * the message or none is. Replies are not routed to the facilitator, whose address stays
 * private; the mail names them and points to the registrant's manage link instead.
 */
@Service
class RegistrantMessages {

	static final String TEMPLATE = "registrations/facilitator-message";

	private final CafeRegistrants registrants;

	private final RegistrantStore store;

	private final MailOutbox outbox;

	private final AccountManagement accounts;

	private final FacilitatorViewProperties properties;

	RegistrantMessages(CafeRegistrants registrants, RegistrantStore store, MailOutbox outbox,
			AccountManagement accounts, FacilitatorViewProperties properties) {
		this.registrants = registrants;
		this.store = store;
		this.outbox = outbox;
		this.accounts = accounts;
		this.properties = properties;
	}

	/**
	 * What came of a message.
	 */
	enum Outcome {

		/** Every mail is in the outbox. */
		SENT,

		/** The café's facilitators already sent as many messages as allowed today. */
		LIMIT_REACHED,

		/** Nobody to write to. */
		NO_RECIPIENT

	}

	/**
	 * Sends the message unless the daily limit of the café is reached or nobody is
	 * registered among the recipients chosen; then nothing is stored.
	 * @return what happened, and how many mails were put in the outbox
	 * @throws NotYourCafeException if the account does not run the café
	 */
	@Transactional
	Result send(long eventId, MessageForm form, CurrentAccount account, Instant now) {
		EventSummary event = this.registrants.facilitated(eventId, account);
		this.store.lockMessages(eventId);
		if (this.store.messagesSince(eventId, now.minus(CafeRegistrants.MESSAGE_WINDOW)) >= this.properties
			.messagesPerDay()) {
			return new Result(Outcome.LIMIT_REACHED, 0);
		}
		List<RegistrantStore.Recipient> recipients = this.store.recipients(eventId, form.withWaiting());
		if (recipients.isEmpty()) {
			return new Result(Outcome.NO_RECIPIENT, 0);
		}
		String facilitator = this.accounts.find(account.id()).map(AccountSummary::displayName).orElse(null);
		List<List<String>> paragraphs = paragraphs(form.message());
		for (RegistrantStore.Recipient recipient : recipients) {
			Map<String, Object> variables = new HashMap<>();
			variables.put("name", recipient.firstName());
			variables.put("facilitator", facilitator);
			variables.put("eventTitle", event.title());
			variables.put("eventPath", event.publicPath());
			variables.put("startsAt", event.startsAt());
			variables.put("subject", form.subject().strip());
			variables.put("message", form.message().strip());
			variables.put("paragraphs", paragraphs);
			variables.put("managePath", "/inscriptions/" + recipient.token());
			this.outbox.enqueue(new OutgoingMail(recipient.email(), TEMPLATE, recipient.locale(), variables));
		}
		this.store.recordMessage(eventId, account.id(), recipients.size(), now);
		return new Result(Outcome.SENT, recipients.size());
	}

	/**
	 * @param outcome what happened
	 * @param recipients mails put in the outbox
	 */
	record Result(Outcome outcome, int recipients) {
	}

	/**
	 * The text as paragraphs of lines, for the HTML mail, where each line is escaped on
	 * its own and line breaks become {@code <br>
	 * }.
	 */
	static List<List<String>> paragraphs(String message) {
		return Arrays.stream(message.strip().replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n"))
			.map(String::strip)
			.filter((paragraph) -> !paragraph.isEmpty())
			.map((paragraph) -> paragraph.lines().map(String::strip).toList())
			.toList();
	}

}
