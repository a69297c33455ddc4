package fr.cnnumerique.cafeia.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import fr.cnnumerique.cafeia.events.TestEvent;
import fr.cnnumerique.cafeia.support.Http;
import fr.cnnumerique.cafeia.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the frugality gate asks of static files and feeds, on the real server: pages link
 * CSS, scripts, images and WebJars by URLs that carry a hash of their content, which
 * browsers may keep a year; text is gzipped for clients that accept it, and the feeds'
 * ETags still answer 304 when compressed.
 */
@ServerTest
class StaticAssetsTests {

	private static final Pattern ASSET = Pattern
		.compile("(?:href|src|data-leaflet-js|data-leaflet-css)=\"(/[^\"]+\\.(?:css|js|svg|png))\"");

	private static final Pattern VERSIONED = Pattern.compile(".*-[0-9a-f]{32}\\.[a-z]+");

	private static final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/cafes?carte=1", "/annuaire/lieux", "/connexion" })
	void pagesLinkAssetsByVersionedUrls(String page) {
		List<String> assets = assets(page);
		assertThat(assets).isNotEmpty().allMatch((url) -> VERSIONED.matcher(url).matches());
	}

	@Test
	void versionedAssetsAreCachedForAYearAndCompressed() {
		List<String> assets = new ArrayList<>(assets("/"));
		assets.addAll(assets("/cafes?carte=1"));
		assertThat(assets).anyMatch((url) -> url.startsWith("/webjars/leaflet/"));
		for (String asset : assets) {
			HttpResponse<byte[]> plain = get(asset);
			assertThat(plain.statusCode()).as(asset).isEqualTo(200);
			assertThat(plain.headers().firstValue("Cache-Control")).as(asset).hasValue("max-age=31536000, public");
			HttpResponse<byte[]> gzipped = get(asset, "Accept-Encoding", "gzip");
			if (plain.body().length >= 2048) {
				assertThat(gzipped.headers().firstValue("Content-Encoding")).as(asset).hasValue("gzip");
				assertThat(gunzip(gzipped.body())).as(asset).isEqualTo(plain.body());
				assertThat(gzipped.body().length).as(asset).isLessThan(plain.body().length / 2);
			}
			assertThat(gzipped.headers().firstValue("Cache-Control")).as(asset).hasValue("max-age=31536000, public");
		}
	}

	@Test
	void pagesAreCompressed() {
		HttpResponse<byte[]> home = get("/", "Accept-Encoding", "gzip");
		assertThat(home.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(home.headers().allValues("Vary")).anyMatch((vary) -> vary.toLowerCase().contains("accept-encoding"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/cafes.ics", "/cafes.geojson", "/cafes.csv" })
	void feedsAreCompressedAndStillAnswerNotModified(String feed) {
		String word = "zg" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		for (int i = 0; i < 12; i++) {
			new TestEvent().title("Café compressé " + word + " " + i)
				.description("Une longue description pour que le flux dépasse le seuil de compression. ".repeat(3))
				.insert(this.jdbc);
		}
		String url = feed + "?q=" + word;
		HttpResponse<byte[]> plain = get(url);
		HttpResponse<byte[]> gzipped = get(url, "Accept-Encoding", "gzip");
		assertThat(plain.body().length).isGreaterThan(2048);
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		String etag = gzipped.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).startsWith("W/\"");
		assertThat(plain.headers().firstValue("ETag")).hasValue(etag);
		assertThat(get(url, "Accept-Encoding", "gzip", "If-None-Match", etag).statusCode()).isEqualTo(304);
		assertThat(get(url, "If-None-Match", etag).statusCode()).isEqualTo(304);
	}

	private List<String> assets(String page) {
		Matcher matcher = ASSET.matcher(Http.get(this.port, page).body());
		List<String> assets = new ArrayList<>();
		while (matcher.find()) {
			assets.add(matcher.group(1));
		}
		return assets;
	}

	private HttpResponse<byte[]> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] gunzip(byte[] body) {
		try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
