package fr.cnnumerique.cafeia.notifications;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A mail to put in the outbox.
 *
 * @param to recipient address
 * @param template template name such as {@code accounts/verification}: the body comes
 * from {@code templates/mail/accounts/verification.txt} and {@code .html}, the subject
 * from the message {@code accounts.mail.verification.subject}
 * @param locale language of the mail, French when {@code null}
 * @param variables values the templates use (copied; {@code null} values allowed)
 * @param replyTo the address replies should go to, {@code null} (the usual case) for
 * none; set only when the recipient is meant to answer someone else than the portal, such
 * as the sender of a message relayed by the directory
 * @param attachment a file sent with the mail, {@code null} (the usual case) for none
 */
public record OutgoingMail(String to, String template, Locale locale, Map<String, Object> variables, String replyTo,
		MailAttachment attachment) {

	private static final Pattern ADDRESS = Pattern.compile("[^@\\s\\p{Cntrl}<>,;\"]+@[^@\\s\\p{Cntrl}<>,;\"]+");

	private static final Pattern TEMPLATE = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)+");

	/**
	 * Checks the mail can be addressed and its template named.
	 * @throws IllegalArgumentException if {@code to} is blank, {@code template} is not of
	 * the form {@code <module>/<name>} or {@code replyTo} is not a single plain address
	 */
	public OutgoingMail {
		if (to == null || to.isBlank()) {
			throw new IllegalArgumentException("A mail needs a recipient");
		}
		if (template == null || !TEMPLATE.matcher(template).matches()) {
			throw new IllegalArgumentException("Mail template must be <module>/<name>, not " + template);
		}
		variables = (variables != null) ? Collections.unmodifiableMap(new HashMap<>(variables)) : Map.of();
		if (replyTo != null && (replyTo.length() > 254 || !ADDRESS.matcher(replyTo).matches())) {
			throw new IllegalArgumentException("Reply-To must be a single plain address");
		}
	}

	/**
	 * A mail without attachment.
	 * @param to recipient address
	 * @param template template name such as {@code accounts/verification}
	 * @param locale language of the mail, French when {@code null}
	 * @param variables values the templates use
	 * @param replyTo the address replies should go to, {@code null} for none
	 */
	public OutgoingMail(String to, String template, Locale locale, Map<String, Object> variables, String replyTo) {
		this(to, template, locale, variables, replyTo, null);
	}

	/**
	 * A mail without Reply-To, as most are.
	 * @param to recipient address
	 * @param template template name such as {@code accounts/verification}
	 * @param locale language of the mail, French when {@code null}
	 * @param variables values the templates use
	 */
	public OutgoingMail(String to, String template, Locale locale, Map<String, Object> variables) {
		this(to, template, locale, variables, null, null);
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
