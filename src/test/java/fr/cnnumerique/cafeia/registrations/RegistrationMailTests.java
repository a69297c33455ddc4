package fr.cnnumerique.cafeia.registrations;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fr.cnnumerique.cafeia.events.TestEvent;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.util.TestSocketUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Registration mails reach a real SMTP server (GreenMail) with the café's calendar file,
 * and the joining link of an online café reaches registrants only.
 */
@IntegrationTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "cafeia.mail.send-interval=300ms" })
class RegistrationMailTests {

	static final int SMTP_PORT = TestSocketUtils.findAvailableTcpPort();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Autowired
	RegistrationDesk desk;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void theConfirmationCarriesAParseableCalendarFileAndTheJoiningLink() throws Exception {
		String link = "https://visio.example.org/" + UUID.randomUUID();
		long event = new TestEvent().title("Café en ligne du mardi")
			.online()
			.joinedAt(link)
			.portalRegistration(30)
			.insert(this.jdbc);
		String email = "ics-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		this.desk.register(event, new Applicant("Camille", email, 1, null, null, Locale.FRENCH), Instant.now());

		MimeMessage mail = await().atMost(Duration.ofSeconds(20)).until(() -> receivedBy(email), (m) -> m != null);
		assertThat(mail.getSubject()).isEqualTo("Votre inscription au café IA est confirmée");
		Part attachment = attachment(mail);
		assertThat(attachment.getFileName()).isEqualTo("cafe-ia-" + event + ".ics");
		assertThat(attachment.getContentType()).startsWith("text/calendar");
		Calendar calendar;
		try (InputStream in = attachment.getInputStream()) {
			calendar = new CalendarBuilder().build(in);
		}
		VEvent vevent = calendar.<VEvent>getComponents("VEVENT").get(0);
		assertThat(vevent.getProperty("UID").orElseThrow().getValue()).isEqualTo("cafe-" + event + "@localhost");
		assertThat(vevent.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("0");
		assertThat(vevent.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CONFIRMED");
		assertThat(text(mail)).contains(link).contains("/inscriptions/");
	}

	@Test
	void theJoiningLinkNeverAppearsOnPublicPagesWhenRegistrationIsOnThePortal() throws Exception {
		String link = "https://visio.example.org/secret-" + UUID.randomUUID();
		long event = new TestEvent().title("Café secret en ligne")
			.online()
			.joinedAt(link)
			.portalRegistration(30)
			.insert(this.jdbc);
		String slugPath = "/cafes/" + event + "-cafe-secret-en-ligne";
		for (String path : List.of(slugPath, "/cafes/" + event + ".ics", "/cafes?format=en-ligne", "/cafes.ics",
				"/cafes.csv", "/cafes/" + event + "/inscription", "/")) {
			String body = this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(body).as(path).doesNotContain(link);
		}
	}

	private static MimeMessage receivedBy(String email) throws Exception {
		for (MimeMessage message : smtp.getReceivedMessages()) {
			Address[] to = message.getAllRecipients();
			if (to != null && Arrays.stream(to).anyMatch((a) -> a.toString().equalsIgnoreCase(email))) {
				return message;
			}
		}
		return null;
	}

	private static Part attachment(Part part) throws Exception {
		if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			return part;
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				Part found = attachment(multipart.getBodyPart(i));
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static String text(Part part) throws Exception {
		if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			return (String) part.getContent();
		}
		StringBuilder text = new StringBuilder();
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				text.append(text(child));
			}
		}
		return text.toString();
	}

}
