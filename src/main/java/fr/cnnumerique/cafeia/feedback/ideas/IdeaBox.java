package fr.cnnumerique.cafeia.feedback.ideas;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.cnnumerique.cafeia.accounts.AccountManagement;
import fr.cnnumerique.cafeia.accounts.AccountSummary;
import fr.cnnumerique.cafeia.feedback.report.PersonalDataDetector;
import fr.cnnumerique.cafeia.moderation.AuditEntry;
import fr.cnnumerique.cafeia.moderation.AuditLog;
import fr.cnnumerique.cafeia.notifications.MailOutbox;
import fr.cnnumerique.cafeia.notifications.OutgoingMail;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The idea box: contributions sent by anyone, and what staff do with them. Every staff
 * action is written to the audit log in the same transaction.
 */
@Service
class IdeaBox {

	static final String AUDIT_TARGET = "idea";

	private final IdeaStore store;

	private final AuditLog audit;

	private final MailOutbox outbox;

	private final AccountManagement accounts;

	private final IdeasProperties properties;

	IdeaBox(IdeaStore store, AuditLog audit, MailOutbox outbox, AccountManagement accounts,
			IdeasProperties properties) {
		this.store = store;
		this.audit = audit;
		this.outbox = outbox;
		this.accounts = accounts;
		this.properties = properties;
	}

	/**
	 * Stores a contribution, with the personal data found in its message flagged.
	 * @return its id
	 */
	@Transactional
	long submit(IdeaForm form, Locale locale) {
		IdeaKind kind = IdeaKind.fromSlug(form.kind()).orElseThrow();
		return this.store.insert(kind, form.subject(), form.message(), form.email(),
				(locale != null) ? locale.getLanguage() : "fr",
				PersonalDataDetector.flags(form.subject() + "\n" + form.message()));
	}

	@Transactional(readOnly = true)
	Page<Idea> page(IdeaStatus status, IdeaKind kind, int page) {
		return this.store.page(status, kind, PageRequest.of(Math.max(page, 0), this.properties.pageSize()));
	}

	@Transactional(readOnly = true)
	Optional<Idea> find(long id) {
		return this.store.find(id);
	}

	/**
	 * @return {@code false} if someone changed the contribution meanwhile
	 */
	@Transactional
	boolean changeStatus(long id, long version, IdeaStatus status, long staffId, Instant now) {
		Idea idea = this.store.find(id).orElseThrow(IdeaNotFoundException::new);
		if (!this.store.setStatus(id, version, status, now)) {
			return false;
		}
		record(staffId, "feedback.idea.status", idea, idea.status().slug() + " → " + status.slug());
		return true;
	}

	@Transactional
	boolean setRetained(long id, long version, boolean retained, long staffId, Instant now) {
		Idea idea = this.store.find(id).orElseThrow(IdeaNotFoundException::new);
		if (!this.store.setRetained(id, version, retained, now)) {
			return false;
		}
		record(staffId, retained ? "feedback.idea.retain" : "feedback.idea.unretain", idea, null);
		return true;
	}

	/**
	 * Sends a staff-written answer to the contributor's address through the outbox and
	 * records that it was answered. The text is in the outbox, not in the audit log,
	 * which keeps no personal data.
	 * @return {@code false} if someone changed the contribution meanwhile or it has no
	 * address
	 */
	@Transactional
	boolean reply(long id, long version, String text, long staffId, Instant now) {
		Idea idea = this.store.find(id).orElseThrow(IdeaNotFoundException::new);
		String staffName = nameOf(staffId);
		if (idea.email() == null || !this.store.markAnswered(id, version, staffName, now)) {
			return false;
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put("subject", idea.subject());
		variables.put("reply", text);
		variables.put("paragraphs", Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).toList());
		this.outbox.enqueue(
				new OutgoingMail(idea.email(), "feedback/idea-reply", Locale.forLanguageTag(idea.locale()), variables));
		record(staffId, "feedback.idea.reply", idea, null);
		return true;
	}

	/**
	 * Erases the e-mail addresses of contributions closed longer ago than the retention
	 * period.
	 * @param now the current time
	 * @return how many addresses were erased
	 */
	@Transactional
	int eraseExpiredEmails(Instant now) {
		return this.store.eraseEmailsClosedBefore(now.minus(this.properties.emailRetention()), now);
	}

	private void record(long staffId, String action, Idea idea, String reason) {
		this.audit.record(new AuditEntry(staffId, nameOf(staffId), action, AUDIT_TARGET, Long.toString(idea.id()),
				idea.subject(), reason));
	}

	private String nameOf(long staffId) {
		return this.accounts.find(staffId).map(AccountSummary::displayName).orElse(null);
	}

	List<IdeaKind> kinds() {
		return List.of(IdeaKind.values());
	}

}
