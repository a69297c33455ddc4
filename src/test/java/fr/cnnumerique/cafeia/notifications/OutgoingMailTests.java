package fr.cnnumerique.cafeia.notifications;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OutgoingMailTests {

	@Test
	void subjectKeyFollowsTheTemplateName() {
		assertThat(mail("accounts/verification").subjectKey()).isEqualTo("accounts.mail.verification.subject");
		assertThat(mail("registrations/reminder/day-before").subjectKey())
			.isEqualTo("registrations.mail.reminder.day-before.subject");
	}

	@Test
	void rejectsTemplatesOutsideAModuleAndBlankRecipients() {
		assertThatIllegalArgumentException().isThrownBy(() -> mail("verification"));
		assertThatIllegalArgumentException().isThrownBy(() -> mail("accounts/../layout"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutgoingMail(" ", "accounts/verification", Locale.FRENCH, Map.of()));
	}

	@Test
	void copiesVariablesAndAcceptsNullValues() {
		Map<String, Object> variables = new HashMap<>();
		variables.put("name", null);
		OutgoingMail mail = new OutgoingMail("ada@example.org", "accounts/verification", null, variables);
		variables.put("other", "x");
		assertThat(mail.variables()).containsOnlyKeys("name");
		assertThat(new OutgoingMail("ada@example.org", "accounts/verification", null, null).variables()).isEmpty();
	}

	@Test
	void replyToIsOptionalAndMustBeOnePlainAddress() {
		assertThat(mail("accounts/verification").replyTo()).isNull();
		assertThat(
				new OutgoingMail("ada@example.org", "directory/contact", null, Map.of(), "bob@example.org").replyTo())
			.isEqualTo("bob@example.org");
		assertThatIllegalArgumentException().isThrownBy(() -> new OutgoingMail("ada@example.org", "directory/contact",
				null, Map.of(), "bob@example.org\r\nBcc: eve@example.org"));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new OutgoingMail("ada@example.org", "directory/contact", null, Map.of(), "a@b.org, c@d.org"));
	}

	private static OutgoingMail mail(String template) {
		return new OutgoingMail("ada@example.org", template, Locale.FRENCH, Map.of());
	}

}
