package fr.cnnumerique.cafeia.events.search;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import fr.cnnumerique.cafeia.events.search.EventFeedQueries.Version;
import fr.cnnumerique.cafeia.events.search.EventSearchResolver.ResolvedSearch;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Upcoming public cafés as open data (Licence Ouverte 2.0): {@code /cafes.csv} with the
 * filters of the list, streamed, and its Table Schema {@code /cafes.schema.json}. The
 * CSV's ETag comes from the count and the last change of the matching cafés, so an
 * unchanged feed costs one statement.
 */
@RestController
class EventDataController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final MediaType TABLE_SCHEMA = MediaType.parseMediaType("application/schema+json");

	private final EventSearchResolver resolver;

	private final EventFeedQueries queries;

	private final MessageSource messages;

	private final byte[] schema;

	private final String schemaTag;

	private final String baseUrl;

	EventDataController(EventSearchResolver resolver, EventFeedQueries queries, MessageSource messages, JsonMapper json,
			@Value("${cafeia.base-url:http://localhost:8080}") String baseUrl) {
		// the public address, as in the calendar files and the JSON-LD, not the one this
		// node was reached at behind a proxy: the file is cached and shared
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.resolver = resolver;
		this.queries = queries;
		this.messages = messages;
		this.schema = json.writerWithDefaultPrettyPrinter()
			.writeValueAsBytes(new CafeTable((event) -> event.publicPath()).schema());
		this.schemaTag = FeedResponses.etag(this.schema);
	}

	@GetMapping("/cafes.schema.json")
	ResponseEntity<byte[]> schema() {
		return ResponseEntity.ok()
			.contentType(TABLE_SCHEMA)
			.cacheControl(FeedResponses.CACHE)
			.eTag(this.schemaTag)
			.body(this.schema);
	}

	@GetMapping("/cafes.csv")
	ResponseEntity<?> csv(@RequestParam Map<String, String> query, Locale locale, ServletWebRequest request)
			throws IOException {
		ResolvedSearch search = this.resolver.resolve(EventSearchParams.from(query));
		if (!search.valid()) {
			return FeedResponses.badRequest(search.errors(), this.messages, locale);
		}
		Instant now = Instant.now();
		Version version = this.queries.version(search.filter(), now);
		String etag = FeedResponses.etag(search.params().asMap(), version.count(), version.lastUpdate());
		HttpServletResponse response = request.getResponse();
		response.setHeader(HttpHeaders.CACHE_CONTROL, FeedResponses.CACHE.getHeaderValue());
		if (request.checkNotModified(etag)) {
			return null;
		}
		CafeTable table = new CafeTable((event) -> this.baseUrl + event.publicPath());
		response.setContentType(CSV.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.inline().filename("cafes-ia.csv").build().toString());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		table.header(writer);
		this.queries.export(search.filter(), now, (row) -> table.row(writer, row));
		writer.flush();
		return null;
	}

}
