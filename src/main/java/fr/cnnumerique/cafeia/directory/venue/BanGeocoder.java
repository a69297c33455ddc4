package fr.cnnumerique.cafeia.directory.venue;

import java.net.http.HttpClient;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * {@link Geocoder} backed by the Base Adresse Nationale
 * ({@code GET /search/?q=&postcode=&citycode=&limit=1}). Answers below a relevance score
 * of 0.5, or in another commune than the one chosen, are ignored; so are errors and
 * answers slower than the configured timeout, which only cost the venue the precision of
 * its point.
 */
@Component
class BanGeocoder implements Geocoder {

	private static final Logger log = LoggerFactory.getLogger(BanGeocoder.class);

	static final double MIN_SCORE = 0.5;

	private final BanProperties properties;

	private final RestClient client;

	BanGeocoder(BanProperties properties, ObjectProvider<RestClient.Builder> builders) {
		this.properties = properties;
		HttpClient http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(properties.timeout());
		this.client = builders.getIfAvailable(RestClient::builder)
			.baseUrl(properties.baseUrl().toString())
			.requestFactory(requests)
			.build();
	}

	@Override
	public Optional<GeoPoint> locate(String street, String postalCode, String inseeCode) {
		if (!this.properties.enabled() || street == null || street.isBlank()) {
			return Optional.empty();
		}
		try {
			BanAnswer answer = this.client.get()
				.uri((uri) -> uri.path("/search/")
					.queryParam("q", street)
					.queryParam("postcode", postalCode)
					.queryParam("citycode", inseeCode)
					.queryParam("limit", 1)
					.build())
				.retrieve()
				.body(BanAnswer.class);
			return best(answer, inseeCode);
		}
		catch (RestClientException ex) {
			log.warn("Address API gave no answer for {} {}: {}", postalCode, inseeCode, ex.getMessage());
			return Optional.empty();
		}
	}

	private static Optional<GeoPoint> best(BanAnswer answer, String inseeCode) {
		if (answer == null || answer.features() == null || answer.features().isEmpty()) {
			return Optional.empty();
		}
		Feature feature = answer.features().get(0);
		if (feature.geometry() == null || feature.geometry().coordinates() == null
				|| feature.geometry().coordinates().size() < 2 || feature.properties() == null) {
			return Optional.empty();
		}
		Properties properties = feature.properties();
		if (properties.score() == null || properties.score() < MIN_SCORE
				|| (inseeCode != null && properties.citycode() != null && !inseeCode.equals(properties.citycode()))) {
			return Optional.empty();
		}
		List<Double> coordinates = feature.geometry().coordinates();
		return Optional.of(new GeoPoint(coordinates.get(1), coordinates.get(0)));
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record BanAnswer(List<Feature> features) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Feature(Geometry geometry, Properties properties) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Geometry(List<Double> coordinates) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Properties(Double score, String citycode) {
	}

}
