package fr.cnnumerique.cafeia.directory.venue;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.cnnumerique.cafeia.support.Browser;
import fr.cnnumerique.cafeia.support.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With JavaScript, a facilitator places a venue by clicking on the map: the latitude and
 * longitude fields fill in. (Tiles cannot load on a machine without network; the map
 * still answers clicks.)
 */
@ServerTest
class PointPickerBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

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
	void aClickOnTheMapFillsTheCoordinates() {
		String email = "carte-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
		String password = "une phrase de passe pour la carte";
		Long id = this.jdbc.queryForObject("""
				INSERT INTO account (display_name, email, password_hash, email_verified_at, locale)
				VALUES ('Carte Animatrice', ?, ?, now(), 'fr') RETURNING id
				""", Long.class, email, this.encoder.encode(password));
		this.jdbc.update("INSERT INTO account_role (account_id, role) VALUES (?, 'FACILITATOR')", id);

		this.browser.get("http://localhost:" + this.port + "/connexion");
		this.browser.findElement(By.id("email")).sendKeys(email);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
		wait.ignoring(StaleElementReferenceException.class);
		wait.until(ExpectedConditions.urlMatches("/compte$"));

		this.browser.get("http://localhost:" + this.port + "/espace/lieux/nouveau");
		WebElement toggle = this.browser.findElement(By.id("point-picker-toggle"));
		assertThat(toggle.isDisplayed()).isTrue();
		toggle.click();
		WebElement map = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#point-picker.leaflet-container")));
		map.click();
		wait.until((page) -> !page.findElement(By.id("latitude")).getDomProperty("value").isEmpty());
		String latitude = this.browser.findElement(By.id("latitude")).getDomProperty("value");
		String longitude = this.browser.findElement(By.id("longitude")).getDomProperty("value");
		assertThat(Double.parseDouble(latitude)).isBetween(35.0, 55.0);
		assertThat(Double.parseDouble(longitude)).isBetween(-10.0, 15.0);
	}

}
