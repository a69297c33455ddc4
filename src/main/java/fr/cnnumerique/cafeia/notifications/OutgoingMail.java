package fr.cnnumerique.cafeia.notifications;

import java.util.Locale;
import java.util.Map;

/**
 * A mail to put in the outbox.
 *
 * @param to recipient address
 * @param template template name such as {@code accounts/verification}: the body comes
 * from {@code templates/mail/accounts/verification.txt} and {@code .html}, the subject
 * from the message {@code accounts.mail.verification.subject}
 * @param locale language of the mail
 * @param variables values the templates use
 */
public record OutgoingMail(String to, String template, Locale locale, Map<String, Object> variables) {

	public OutgoingMail {
		variables = Map.copyOf(variables);
	}

	/**
	 * The message key of the subject: {@code <module>.mail.<name>.subject} for a template
	 * {@code <module>/<name>}.
	 * @return the key looked up in the message bundles
	 */
	public String subjectKey() {
		int slash = this.template.indexOf('/');
		return this.template.substring(0, slash) + ".mail." + this.template.substring(slash + 1).replace('/', '.')
				+ ".subject";
	}

}
