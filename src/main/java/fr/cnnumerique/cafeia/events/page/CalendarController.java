package fr.cnnumerique.cafeia.events.page;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import fr.cnnumerique.cafeia.events.EventsProperties;
import fr.cnnumerique.cafeia.events.management.EventDetails;
import fr.cnnumerique.cafeia.events.search.EventFilter;
import fr.cnnumerique.cafeia.events.search.EventSearchParams;
import fr.cnnumerique.cafeia.events.search.EventSearchResolver;
import fr.cnnumerique.cafeia.events.search.EventSearchResolver.ResolvedSearch;
import fr.cnnumerique.cafeia.shared.ExpiringCache;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * Calendar files: one café ({@code /cafes/{id}.ics}, « Ajouter à mon agenda ») and the
 * feed of the cafés the list shows ({@code /cafes.ics}, same parameters as
 * {@code /cafes}). Both carry an ETag of their content and may be cached five minutes by
 * proxies and calendar applications; a request with the current ETag gets 304. The ETag
 * is weak, as the server compresses the file for clients that accept it (the same
 * content, other bytes). A feed is written once for the same filters within
 * {@code cafeia.events.feed-cache-time} (its five minutes of {@code max-age}) on each
 * node, however differently the filters were spelled.
 */
@Controller
class CalendarController {

	static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	private final CafePages pages;

	private final PublicCafes cafes;

	private final CalendarFiles files;

	private final EventSearchResolver resolver;

	private final MessageSource messages;

	private final ExpiringCache<EventFilter, Feed> feeds;

	CalendarController(CafePages pages, PublicCafes cafes, CalendarFiles files, EventSearchResolver resolver,
			MessageSource messages, EventsProperties properties) {
		this.pages = pages;
		this.cafes = cafes;
		this.files = files;
		this.resolver = resolver;
		this.messages = messages;
		this.feeds = new ExpiringCache<>(properties.feedCacheTime(), properties.feedCacheEntries());
	}

	@GetMapping("/cafes/{id:\\d+}.ics")
	ResponseEntity<byte[]> single(@PathVariable long id, WebRequest request) {
		EventDetails details = this.pages.find(id).orElseThrow(() -> new CafeNotFoundException(id));
		byte[] body = this.files.single(details.event(), details.updatedAt());
		String etag = etag(body);
		if (request.checkNotModified(etag)) {
			return null;
		}
		return ResponseEntity.ok()
			.contentType(CalendarFiles.TEXT_CALENDAR)
			.cacheControl(CACHE)
			.eTag(etag)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("cafe-ia-" + id + ".ics").build().toString())
			.body(body);
	}

	@GetMapping("/cafes.ics")
	ResponseEntity<byte[]> feed(@RequestParam Map<String, String> query, Locale locale, WebRequest request) {
		ResolvedSearch search = this.resolver.resolve(EventSearchParams.from(query));
		if (!search.valid()) {
			String errors = search.errors()
				.values()
				.stream()
				.map((key) -> this.messages.getMessage(key, null, locale))
				.collect(Collectors.joining("\n"));
			return ResponseEntity.status(HttpStatus.BAD_REQUEST)
				.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
				.body((this.messages.getMessage("events.page.ics.invalid", null, locale) + "\n" + errors + "\n")
					.getBytes(StandardCharsets.UTF_8));
		}
		Feed feed = this.feeds.get(search.filter(), () -> {
			byte[] body = this.files.feed(this.cafes.feed(search.filter(), Instant.now()),
					this.messages.getMessage("events.page.ics.name", null, Locale.FRENCH));
			return new Feed(body, etag(body));
		});
		if (request.checkNotModified(feed.etag())) {
			return null;
		}
		return ResponseEntity.ok()
			.contentType(CalendarFiles.TEXT_CALENDAR)
			.cacheControl(CACHE)
			.eTag(feed.etag())
			.body(feed.body());
	}

	private static String etag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "W/\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A calendar feed as written once.
	 *
	 * @param body the file in UTF-8
	 * @param etag its weak ETag
	 */
	private record Feed(byte[] body, String etag) {

	}

}
