package fr.cnnumerique.cafeia.notifications;

import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Against an external database (the test base sets {@code spring.datasource.url}) the
 * development mailbox does not exist, nor does the sender without SMTP.
 */
@IntegrationTest
class DevMailboxAbsenceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void devMailboxIsNotFoundOnAnExternalDatabase() throws Exception {
		assertThat(this.context.getBeanNamesForType(DevMailboxController.class)).isEmpty();
		this.mvc.perform(get("/dev/courriels")).andExpect(status().isNotFound());
		this.mvc.perform(get("/dev/courriels/1/html")).andExpect(status().isNotFound());
	}

	@Test
	void senderIsOffWithoutSmtpHost() {
		assertThat(this.context.getBeanNamesForType(OutboxSender.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(MailOutbox.class)).hasSize(1);
	}

}
