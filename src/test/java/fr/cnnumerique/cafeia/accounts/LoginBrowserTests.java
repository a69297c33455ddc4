package fr.cnnumerique.cafeia.accounts;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.cnnumerique.cafeia.notifications.MailOutbox;
import fr.cnnumerique.cafeia.support.Browser;
import fr.cnnumerique.cafeia.support.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person in a real browser: signs up, follows the link of the mail, logs in, sees their
 * account, logs out.
 */
@ServerTest
class LoginBrowserTests {

	private static final Pattern VERIFICATION_PATH = Pattern.compile("https?://[^/\\s]+(/compte/verifier/\\S+)");

	@LocalServerPort
	int port;

	@Autowired
	MailOutbox outbox;

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
	void signsUpFollowsTheMailLinkLogsInAndOut() {
		String email = "navigateur-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
		String password = "une phrase de passe de navigateur";

		open("/");
		this.browser.findElement(By.linkText("Se connecter")).click();
		this.browser.findElement(By.partialLinkText("Créer un compte")).click();
		this.browser.findElement(By.id("displayName")).sendKeys("Camille Navigatrice");
		this.browser.findElement(By.id("email")).sendKeys(email);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.id("acknowledged")).click();
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitFor().until(ExpectedConditions.urlMatches("/compte/creer/confirmation$"));

		Matcher link = VERIFICATION_PATH.matcher(this.outbox.mailsTo(email).get(0).text());
		assertThat(link.find()).isTrue();
		open(link.group(1));
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitFor().until(ExpectedConditions.urlMatches("/connexion$"));

		open("/connexion");
		this.browser.findElement(By.id("email")).sendKeys(email);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();

		waitFor().until(ExpectedConditions.urlMatches("/compte$"));
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Camille Navigatrice", email);
		assertThat(this.browser.findElement(By.cssSelector("header")).getText()).contains("Mon espace");

		this.browser.findElement(By.cssSelector("header form button[type=submit]")).click();
		waitFor().until((page) -> page.findElement(By.cssSelector("header")).getText().contains("Se connecter"));
		assertThat(this.browser.getCurrentUrl()).doesNotContain("/compte");
	}

	private WebDriverWait waitFor() {
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

}
