package fr.cnnumerique.cafeia.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long each node keeps what many visitors ask for alike: the home page's figures and
 * the calendar feeds. Nodes share nothing, so each keeps its own copy.
 *
 * @param figuresMaxAge how long the figures of the programme are served before being
 * counted again; zero counts them on every view
 * @param feedCacheTime how long a calendar feed is served for the same filters before
 * being written again; no longer than its public {@code max-age} (five minutes) makes
 * sense; zero writes it on every request
 * @param feedCacheEntries the most feeds kept, the least recently asked dropped first; a
 * feed holds at most 500 cafés (about 350 KB), so 50 feeds stay under 20 MB of heap
 */
@ConfigurationProperties("cafeia.events")
public record EventsProperties(@DefaultValue("1m") Duration figuresMaxAge, @DefaultValue("5m") Duration feedCacheTime,
		@DefaultValue("50") int feedCacheEntries) {

}
