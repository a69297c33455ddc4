package fr.cnnumerique.cafeia.notifications;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders mails with a template engine of their own: Boot's engine resolves every
 * template as HTML, while a mail has a plain-text body ({@code templates/mail/**.txt},
 * TEXT mode) next to its HTML one ({@code templates/mail/**.html}, HTML mode). The engine
 * is deliberately not a bean, so Boot's web engine stays auto-configured.
 */
@Component
class MailRenderer {

	static final Locale DEFAULT_LOCALE = Locale.FRENCH;

	private final SpringTemplateEngine engine;

	private final MessageSource messages;

	private final String siteUrl;

	MailRenderer(MessageSource messages, NotificationsProperties properties) {
		this.messages = messages;
		this.siteUrl = properties.siteUrl();
		this.engine = new SpringTemplateEngine();
		this.engine.setTemplateEngineMessageSource(messages);
		this.engine.setEnableSpringELCompiler(true);
		this.engine.addTemplateResolver(resolver(1, TemplateMode.TEXT, "mail/*.txt", ""));
		this.engine.addTemplateResolver(resolver(2, TemplateMode.HTML, "mail/*", ".html"));
	}

	private static ClassLoaderTemplateResolver resolver(int order, TemplateMode mode, String pattern, String suffix) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailRenderer.class.getClassLoader());
		resolver.setOrder(order);
		resolver.setPrefix("templates/");
		resolver.setSuffix(suffix);
		resolver.setTemplateMode(mode);
		resolver.setForceTemplateMode(true);
		resolver.setResolvablePatterns(Set.of(pattern));
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		return resolver;
	}

	/**
	 * Renders the subject and both bodies of a mail in its locale.
	 * @throws org.springframework.context.NoSuchMessageException if the subject message
	 * is missing
	 * @throws org.thymeleaf.exceptions.TemplateInputException if a template is missing
	 */
	RenderedMail render(OutgoingMail mail) {
		Locale locale = localeOf(mail);
		Map<String, Object> variables = new HashMap<>(mail.variables());
		variables.putIfAbsent("siteUrl", this.siteUrl);
		variables.putIfAbsent("recipient", mail.to());
		Context context = new Context(locale, variables);
		String subject = this.messages.getMessage(mail.subjectKey(), null, locale);
		String text = this.engine.process("mail/" + mail.template() + ".txt", context);
		String html = this.engine.process("mail/" + mail.template(), context);
		return new RenderedMail(subject, text, html);
	}

	static Locale localeOf(OutgoingMail mail) {
		return (mail.locale() != null) ? mail.locale() : DEFAULT_LOCALE;
	}

	record RenderedMail(String subject, String text, String html) {
	}

}
