package fr.cnnumerique.cafeia.directory.venue;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The national address API (Base Adresse Nationale) used to place venues on the map.
 *
 * @param enabled whether to call it at all; off by default (commune centres are used)
 * @param baseUrl where the API answers, without the {@code /search/} path
 * @param timeout how long to wait for a connection and for the answer
 */
@ConfigurationProperties("cafeia.geocoder.ban")
record BanProperties(@DefaultValue("false") boolean enabled,
		@DefaultValue("https://api-adresse.data.gouv.fr") URI baseUrl, @DefaultValue("2s") Duration timeout) {

}
