package fr.cnnumerique.cafeia.notifications;

import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.thymeleaf.exceptions.TemplateInputException;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MailRendererTests {

	static final String LINK = "https://cafeia.example/compte/verifier/abc?x=1&y=2";

	private final MailRenderer renderer = new MailRenderer(messages(), properties(Map.of()));

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/notifications", "test-messages/notifications-sample");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static NotificationsProperties properties(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("cafeia.mail",
				NotificationsProperties.class);
	}

	private static OutgoingMail sample(Locale locale, String name) {
		return new OutgoingMail("ada@example.org", "notifications/sample", locale, Map.of("name", name, "link", LINK));
	}

	@Test
	void rendersFrenchSubjectAndTextBodyWithoutEscaping() {
		MailRenderer.RenderedMail mail = this.renderer.render(sample(Locale.FRENCH, "Ada & <Léa>"));
		assertThat(mail.subject()).isEqualTo("Confirmez votre adresse");
		assertThat(mail.text()).startsWith("Bonjour Ada & <Léa>,")
			.contains("Pour confirmer votre adresse, suivez ce lien :\n" + LINK + "\n")
			.contains("Vous recevez ce courriel parce que votre adresse a été utilisée sur le portail Café IA")
			.contains("Café IA · http://localhost:8080")
			.doesNotContain("&amp;", "<html", "[(");
	}

	@Test
	void rendersFrenchHtmlBodyInTheMailLayoutWithEscapedValues() {
		MailRenderer.RenderedMail mail = this.renderer.render(sample(Locale.FRENCH, "Ada & <Léa>"));
		Document html = Jsoup.parse(mail.html());
		assertThat(html.selectFirst("html").attr("lang")).isEqualTo("fr");
		assertThat(html.title()).isEqualTo("Confirmez votre adresse");
		assertThat(html.selectFirst(".mail-header a").text()).isEqualTo("Café IA");
		assertThat(html.selectFirst("main p").text()).isEqualTo("Bonjour Ada & <Léa>,");
		assertThat(mail.html()).contains("Bonjour Ada &amp; &lt;Léa&gt;,").doesNotContain("<Léa>");
		assertThat(html.selectFirst("main a.button").attr("href")).isEqualTo(LINK);
		assertThat(html.selectFirst(".mail-footer").text()).contains("Vous recevez ce courriel parce que")
			.contains("merci de ne pas y répondre");
		assertThat(mail.html()).doesNotContain("th:text", "th:href", "xmlns:th", "style=\"");
	}

	@Test
	void rendersEnglishWhenAsked() {
		MailRenderer.RenderedMail mail = this.renderer.render(sample(Locale.ENGLISH, "Ada"));
		assertThat(mail.subject()).isEqualTo("Confirm your address");
		assertThat(mail.text()).startsWith("Hello Ada,").contains("You are receiving this e-mail because");
		Document html = Jsoup.parse(mail.html());
		assertThat(html.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(html.selectFirst(".mail-footer").text()).contains("please do not reply");
	}

	@Test
	void rendersFrenchWhenNoLocaleIsGiven() {
		assertThat(this.renderer.render(sample(null, "Ada")).subject()).isEqualTo("Confirmez votre adresse");
	}

	@Test
	void linksToTheConfiguredSite() {
		MailRenderer renderer = new MailRenderer(messages(),
				properties(Map.of("cafeia.mail.site-url", "https://cafeia.example")));
		MailRenderer.RenderedMail mail = renderer.render(sample(Locale.FRENCH, "Ada"));
		assertThat(mail.text()).contains("Café IA · https://cafeia.example");
		assertThat(Jsoup.parse(mail.html()).selectFirst(".mail-header a").attr("href"))
			.isEqualTo("https://cafeia.example");
	}

	@Test
	void failsOnAMissingTemplateOrSubject() {
		assertThatExceptionOfType(NoSuchMessageException.class).isThrownBy(() -> this.renderer
			.render(new OutgoingMail("ada@example.org", "notifications/missing", Locale.FRENCH, Map.of())));
		assertThatExceptionOfType(TemplateInputException.class)
			.isThrownBy(() -> new MailRenderer(new ResourceBundleMessageSource() {

				@Override
				protected String resolveCodeWithoutArguments(String code, Locale locale) {
					return "sujet";
				}

			}, properties(Map.of()))
				.render(new OutgoingMail("ada@example.org", "notifications/missing", Locale.FRENCH, Map.of())));
	}

	@Test
	void backoffGrowsFiveFoldUpToTheCap() {
		NotificationsProperties properties = properties(Map.of());
		assertThat(properties.backoff(1)).hasMinutes(1);
		assertThat(properties.backoff(2)).hasMinutes(5);
		assertThat(properties.backoff(3)).hasMinutes(25);
		assertThat(properties.backoff(4)).hasMinutes(125);
		assertThat(properties.backoff(5)).hasHours(6);
		assertThat(properties.backoff(40)).hasHours(6);
	}

}
