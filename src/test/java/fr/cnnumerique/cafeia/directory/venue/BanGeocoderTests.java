package fr.cnnumerique.cafeia.directory.venue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import fr.cnnumerique.cafeia.directory.venue.Geocoder.GeoPoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Base Adresse Nationale adapter against a local stub of the API: this machine, like
 * the CI, has no internet.
 */
class BanGeocoderTests {

	static final String ANSWER = """
			{"type":"FeatureCollection","version":"draft","features":[{"type":"Feature",
			 "geometry":{"type":"Point","coordinates":[4.859, 45.7605]},
			 "properties":{"label":"30 Boulevard Vivier Merle 69003 Lyon","score":0.93,"citycode":"69123",
			  "postcode":"69003","type":"housenumber"}}],"query":"30 boulevard Vivier-Merle"}
			""";

	HttpServer server;

	final AtomicReference<String> answer = new AtomicReference<>(ANSWER);

	final AtomicReference<String> lastQuery = new AtomicReference<>();

	volatile long delayMillis;

	@BeforeEach
	void startStub() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/search/", (exchange) -> {
			this.lastQuery.set(exchange.getRequestURI().getRawQuery());
			try {
				Thread.sleep(this.delayMillis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			byte[] body = this.answer.get().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
			catch (IOException ex) {
				// the client gave up waiting: nothing to do
			}
		});
		this.server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		this.server.start();
	}

	@AfterEach
	void stopStub() {
		this.server.stop(0);
	}

	BanGeocoder geocoder(boolean enabled, Duration timeout) {
		URI base = URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		return new BanGeocoder(new BanProperties(enabled, base, timeout),
				beans.getBeanProvider(RestClient.Builder.class));
	}

	@Test
	void findsTheAddressPoint() {
		Object point = geocoder(true, Duration.ofSeconds(2)).locate("30 boulevard Vivier-Merle", "69003", "69123")
			.orElseThrow();
		assertThat(point).isEqualTo(new GeoPoint(45.7605, 4.859));
		assertThat(this.lastQuery.get()).contains("q=30%20boulevard%20Vivier-Merle")
			.contains("postcode=69003")
			.contains("citycode=69123")
			.contains("limit=1");
	}

	@Test
	void ignoresAnswersInAnotherCommuneOrBelowTheScore() {
		assertThat(geocoder(true, Duration.ofSeconds(2)).locate("30 boulevard Vivier-Merle", "69100", "69266"))
			.isEmpty();
		this.answer.set(ANSWER.replace("0.93", "0.2"));
		assertThat(geocoder(true, Duration.ofSeconds(2)).locate("30 boulevard Vivier-Merle", "69003", "69123"))
			.isEmpty();
		this.answer.set("{\"features\":[]}");
		assertThat(geocoder(true, Duration.ofSeconds(2)).locate("nulle part", "69003", "69123")).isEmpty();
		this.answer.set("pas du JSON");
		assertThat(geocoder(true, Duration.ofSeconds(2)).locate("nulle part", "69003", "69123")).isEmpty();
	}

	@Test
	void givesUpAfterTheTimeout() {
		this.delayMillis = 1500;
		long start = System.nanoTime();
		assertThat(geocoder(true, Duration.ofMillis(300)).locate("30 boulevard Vivier-Merle", "69003", "69123"))
			.isEmpty();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1400));
	}

	@Test
	void asksNothingWhenDisabled() {
		assertThat(geocoder(false, Duration.ofSeconds(2)).locate("30 boulevard Vivier-Merle", "69003", "69123"))
			.isEmpty();
		assertThat(this.lastQuery.get()).isNull();
	}

}
