package fr.cnnumerique.cafeia.events.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What the feeds share: five minutes of public caching (calendar apps and proxies poll
 * often, cafés change seldom), weak ETags, and bad parameters answered with a 400 and
 * French messages in JSON rather than an error page.
 */
final class FeedResponses {

	static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	/** Bumped when the feeds' layout changes, so that cached copies are not reused. */
	static final String LAYOUT_VERSION = "1";

	private FeedResponses() {
	}

	/**
	 * A weak ETag over some parts: weak, as the same data may be written byte for byte
	 * differently (compression by a proxy).
	 */
	static String etag(Object... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(LAYOUT_VERSION.getBytes(StandardCharsets.UTF_8));
			for (Object part : parts) {
				digest.update((byte) 0);
				digest.update(((part instanceof byte[] bytes) ? bytes
						: String.valueOf(part).getBytes(StandardCharsets.UTF_8)));
			}
			return "W/\"" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A 400 answer listing what could not be understood.
	 * @param errors message keys by parameter name
	 */
	static ResponseEntity<Map<String, Object>> badRequest(Map<String, String> errors, MessageSource messages,
			Locale locale) {
		Map<String, String> texts = new LinkedHashMap<>();
		errors.forEach((name, key) -> texts.put(name, messages.getMessage(key, null, key, locale)));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("message", messages.getMessage("events.search.error.feed", null, locale));
		body.put("errors", texts);
		return ResponseEntity.badRequest()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noStore())
			.body(body);
	}

}
