package fr.cnnumerique.cafeia.notifications;

import java.util.Locale;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way a module sends mail: the message is rendered now and stored in the outbox
 * within the caller's transaction, so it leaves if and only if the business change
 * commits. A scheduled job delivers it later over SMTP.
 */
@Service
public class MailOutbox {

	private final OutboxMailRepository mails;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	MailOutbox(OutboxMailRepository mails, ITemplateEngine templates, MessageSource messages) {
		this.mails = mails;
		this.templates = templates;
		this.messages = messages;
	}

	/**
	 * Renders the mail's subject, text and HTML bodies in its locale and stores them.
	 * @param mail what to send and to whom
	 * @return the id of the stored mail
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public long enqueue(OutgoingMail mail) {
		Locale locale = mail.locale();
		Context context = new Context(locale, mail.variables());
		String subject = this.messages.getMessage(mail.subjectKey(), null, locale);
		String text = this.templates.process("mail/" + mail.template() + ".txt", context);
		String html = this.templates.process("mail/" + mail.template() + ".html", context);
		return this.mails.save(new OutboxMail(mail.to(), subject, text, html, mail.template())).getId();
	}

}
