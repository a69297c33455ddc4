package fr.cnnumerique.cafeia.events.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import fr.cnnumerique.cafeia.events.TestEvent;
import fr.cnnumerique.cafeia.support.Browser;
import fr.cnnumerique.cafeia.support.ServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With JavaScript: "Près de moi" sends the browser's position, and "Voir la carte" opens
 * the map in place with the server's clusters. (Tiles cannot load on a machine without
 * network; markers come from the portal.)
 */
@ServerTest
class EventSearchBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.start();
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void nearMeSearchesAroundTheBrowsersPosition() {
		String base = "http://localhost:" + this.port;
		this.browser.executeCdpCommand("Browser.grantPermissions",
				Map.of("origin", base, "permissions", List.of("geolocation")));
		this.browser.executeCdpCommand("Emulation.setGeolocationOverride",
				Map.of("latitude", 47.99612, "longitude", -4.10234, "accuracy", 20));
		this.browser.get(base + "/cafes?rayon=10");
		WebElement nearMe = this.browser.findElement(By.id("near-me"));
		assertThat(nearMe.isDisplayed()).isTrue();
		nearMe.click();
		this.wait.until(ExpectedConditions.urlContains("lat=47.996"));
		assertThat(this.browser.getCurrentUrl()).contains("lon=-4.102").contains("rayon=10").doesNotContain("lieu=");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cafés IA près de Quimper (29000)");
	}

	@Test
	void theMapOpensInPlaceWithClustersFromTheServer() {
		String word = EventSearchPageTests.word();
		new TestEvent().title("Café " + word + " un").at(47.996, -4.102, "Quimper").insert(this.jdbc);
		new TestEvent().title("Café " + word + " deux").at(47.998, -4.100, "Quimper").insert(this.jdbc);
		String url = "http://localhost:" + this.port + "/cafes?q=" + word;
		this.browser.get(url);
		WebElement toggle = this.browser.findElement(By.id("cafe-map-toggle"));
		assertThat(toggle.getText()).isEqualTo("Voir la carte");
		toggle.click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#cafe-map.leaflet-container")));
		WebElement cluster = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#cafe-map .cafe-cluster")));
		assertThat(cluster.getText()).isEqualTo("2");
		assertThat(this.browser.getCurrentUrl()).isEqualTo(url);
		assertThat(toggle.getText()).isEqualTo("Masquer la carte");
		cluster.click();
		this.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#cafe-map .leaflet-marker-icon"), 2));
		assertThat(this.browser.findElements(By.cssSelector("#cafe-map .cafe-cluster"))).isEmpty();
	}

}
