package fr.cnnumerique.cafeia.directory.venue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.sun.net.httpserver.HttpServer;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.territory.PlaceFinder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a new venue is placed: the address API's point when it answers (a local stub
 * here), the commune centre when it is off or does not answer in time.
 */
@IntegrationTest
class VenueGeocodingTests {

	@Autowired
	PlaceFinder places;

	@Autowired
	ApplicationContext context;

	static VenueForm form() {
		return new VenueForm("Médiathèque", "mediatheque", "30 boulevard Vivier-Merle", "69003", "Lyon", "", "", false,
				false, false, false, "", "", "", "", "", "", "", "", true, null);
	}

	VenueDraft check(Geocoder geocoder) {
		VenueForm form = form();
		var errors = new BeanPropertyBindingResult(form, "form");
		VenueDraft venue = new VenueChecks(this.places, geocoder).check(form, errors).orElseThrow();
		assertThat(errors.hasErrors()).isFalse();
		return venue;
	}

	@Test
	void usesTheAddressApiPointWhenItAnswers() throws IOException {
		HttpServer server = stub(0);
		try {
			VenueDraft venue = check(ban(server, Duration.ofSeconds(2)));
			assertThat(venue.latitude()).isEqualTo(45.7605);
			assertThat(venue.longitude()).isEqualTo(4.859);
			assertThat(venue.inseeCode()).isEqualTo("69123");
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void fallsBackToTheCommuneCentreWhenTheAddressApiIsSlowOrOff() throws IOException {
		HttpServer server = stub(1500);
		try {
			VenueDraft slow = check(ban(server, Duration.ofMillis(300)));
			VenueDraft off = check(this.context.getBean(Geocoder.class));
			double lyonLatitude = this.places.find("Lyon 69003").orElseThrow().latitude();
			assertThat(slow.latitude()).isEqualTo(lyonLatitude);
			assertThat(off.latitude()).isEqualTo(lyonLatitude);
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void everyDemoVenueIsInAKnownCommune() {
		assertThat(DemoVenues.VENUES).hasSizeGreaterThanOrEqualTo(30)
			.allSatisfy((demo) -> assertThat(this.places.find(demo.commune())).as(demo.commune()).isPresent());
		assertThat(this.context.getBeansOfType(DemoVenues.class)).isEmpty();
	}

	static BanGeocoder ban(HttpServer server, Duration timeout) {
		return new BanGeocoder(
				new BanProperties(true, URI.create("http://127.0.0.1:" + server.getAddress().getPort()), timeout),
				new StaticListableBeanFactory().getBeanProvider(RestClient.Builder.class));
	}

	static HttpServer stub(long delayMillis) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/search/", (exchange) -> {
			try {
				Thread.sleep(delayMillis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			byte[] body = BanGeocoderTests.ANSWER.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			try (OutputStream out = exchange.getResponseBody()) {
				exchange.sendResponseHeaders(200, body.length);
				out.write(body);
			}
			catch (IOException ex) {
				// the client gave up waiting
			}
		});
		server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		server.start();
		return server;
	}

}
