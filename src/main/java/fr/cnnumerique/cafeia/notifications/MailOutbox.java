package fr.cnnumerique.cafeia.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way a module sends mail: the message is rendered now and stored in the outbox
 * within the caller's transaction, so it leaves if and only if the business change
 * commits. A scheduled job delivers it later over SMTP; without SMTP configured it stays
 * in the outbox.
 */
@Service
public class MailOutbox {

	private final OutboxMailRepository mails;

	private final MailRenderer renderer;

	MailOutbox(OutboxMailRepository mails, MailRenderer renderer) {
		this.mails = mails;
		this.renderer = renderer;
	}

	/**
	 * Renders the mail's subject, text and HTML bodies in its locale (French when
	 * {@code null}) and stores them, joining the caller's transaction if there is one. A
	 * missing template or subject message fails here, in the caller's transaction, rather
	 * than later in the sender.
	 * @param mail what to send and to whom
	 * @return the id of the stored mail
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public long enqueue(OutgoingMail mail) {
		MailRenderer.RenderedMail rendered = this.renderer.render(mail);
		String locale = MailRenderer.localeOf(mail).toLanguageTag();
		OutboxMail stored = new OutboxMail(mail.to(), mail.replyTo(), mail.template(), locale, rendered, Instant.now());
		if (mail.attachment() != null) {
			stored.attach(mail.attachment());
		}
		return this.mails.save(stored).getId();
	}

	/**
	 * The mails stored for one address, whatever their status, newest first. Meant for
	 * tests and support tools (for example to follow the link of a verification mail).
	 * @param recipient address, compared without regard to case
	 * @return the mails, possibly none
	 */
	@Transactional(readOnly = true)
	public List<StoredMail> mailsTo(String recipient) {
		return this.mails.findAllTo(recipient).stream().map(StoredMail::of).toList();
	}

	/**
	 * Erases every mail to an address, sent or not: used when a person deletes their
	 * account, since mails hold their name, address and links.
	 * @param recipient address, compared without regard to case
	 * @return how many mails were erased
	 */
	@Transactional
	public int forgetRecipient(String recipient) {
		return this.mails.deleteAllTo(recipient);
	}

	@Transactional(readOnly = true)
	Page<StoredMail> list(Pageable pageable) {
		return this.mails.findAllByOrderByCreatedAtDescIdDesc(pageable).map(StoredMail::of);
	}

	@Transactional(readOnly = true)
	Optional<StoredMail> find(long id) {
		return this.mails.findById(id).map(StoredMail::of);
	}

}
