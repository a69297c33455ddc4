package fr.cnnumerique.cafeia.events.page;

import java.util.List;
import java.util.logging.Level;

import fr.cnnumerique.cafeia.events.TestEvent;
import fr.cnnumerique.cafeia.support.Browser;
import fr.cnnumerique.cafeia.support.ServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The café page's schema.org block in a real browser under the site's Content Security
 * Policy: a data block is not a script, so the policy lets it be while it still refuses
 * inline scripts.
 */
@ServerTest
class CafePageBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.start();
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theStructuredDataIsReadableAndThePolicyStillRefusesInlineScripts() {
		long id = new TestEvent().title("Café sous politique").insert(this.jdbc);
		this.browser.get("http://localhost:" + this.port + "/cafes/" + id + "-cafe-sous-politique");
		Object type = this.browser.executeScript(
				"return JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)['@type'];");
		assertThat(type).isEqualTo("Event");
		assertThat(policyErrors()).as("policy violations on the café page").isEmpty();

		// the control: an inline script is refused and reported, so silence above means
		// the data block raised no violation
		this.browser.executeScript("var s = document.createElement('script');"
				+ "s.textContent = 'window.inlineRan = true;'; document.head.appendChild(s);");
		assertThat(this.browser.executeScript("return window.inlineRan === true;")).isEqualTo(false);
		assertThat(policyErrors()).isNotEmpty();
	}

	private List<String> policyErrors() {
		return this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.filter((message) -> message.contains("Content Security Policy"))
			.toList();
	}

}
