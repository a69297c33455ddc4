package fr.cnnumerique.cafeia.resources.library;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.cnnumerique.cafeia.shared.CsvWriter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published library as open data: metadata, licence and links of every item, in CSV
 * (RFC 4180) and JSON. The export itself is under Licence Ouverte 2.0; each item keeps
 * its own licence, given in its row. Nothing personal is exported: authors are the
 * credits the authors chose to show, never accounts.
 */
@RestController
class ResourceDataController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final List<String> COLUMNS = List.of("id", "titre", "resume", "type", "thematiques", "publics",
			"duree_minutes", "niveau", "langue", "auteurs", "organisation", "licence", "licence_url", "adapte_de",
			"page", "lien_externe", "fichiers", "telechargements", "date_maj");

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final LibraryQueries queries;

	private final LibraryStore store;

	private final String baseUrl;

	ResourceDataController(LibraryQueries queries, LibraryStore store,
			@Value("${cafeia.base-url:http://localhost:8080}") String baseUrl) {
		this.queries = queries;
		this.store = store;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@GetMapping("/ressources.json")
	ResponseEntity<List<Map<String, Object>>> json() {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noCache())
			.body(records());
	}

	@GetMapping("/ressources.csv")
	ResponseEntity<String> csv() {
		StringBuilder csv = new StringBuilder();
		row(csv, COLUMNS);
		for (Map<String, Object> item : records()) {
			List<String> fields = new ArrayList<>();
			for (String column : COLUMNS) {
				Object value = item.get(column);
				fields
					.add((value instanceof List<?> list) ? String.join(" ", list.stream().map(String::valueOf).toList())
							: (value != null) ? value.toString().replaceAll("\\s*\\R\\s*", " ") : "");
			}
			row(csv, fields);
		}
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"ressources-cafe-ia.csv\"")
			.cacheControl(CacheControl.noCache())
			.body(csv.toString());
	}

	private List<Map<String, Object>> records() {
		List<Map<String, Object>> records = new ArrayList<>();
		for (LibraryItem item : this.queries.allPublished()) {
			Map<String, Object> record = new LinkedHashMap<>();
			record.put("id", item.id());
			record.put("titre", item.title());
			record.put("resume", item.summary());
			record.put("type", item.kind());
			record.put("thematiques", item.themes());
			record.put("publics", item.audiences());
			record.put("duree_minutes", item.durationMinutes());
			record.put("niveau", item.level());
			record.put("langue", item.language());
			record.put("auteurs", item.authors());
			record.put("organisation", item.organisation());
			record.put("licence", item.licence());
			record.put("licence_url", item.licenceLink());
			record.put("adapte_de",
					(item.adaptedFrom() != null) ? this.baseUrl + "/ressources/" + item.adaptedFrom() : null);
			record.put("page", this.baseUrl + item.publicPath());
			record.put("lien_externe", item.externalUrl());
			List<String> files = new ArrayList<>();
			List<ItemVersion> versions = this.store.versions(item.id(), true);
			if (!versions.isEmpty()) {
				versions.get(0)
					.files()
					.forEach((file) -> files.add(this.baseUrl + "/ressources/" + item.id() + "/fichiers/" + file.id()));
			}
			record.put("fichiers", files);
			record.put("telechargements", item.downloads());
			record.put("date_maj", item.updatedAt().atZone(PARIS).toLocalDate().toString());
			records.add(record);
		}
		return records;
	}

	/**
	 * One RFC 4180 record, commas between fields; each field is written by
	 * {@link CsvWriter#cell}, which quotes it when needed and keeps a text that starts
	 * like a spreadsheet formula from running as one.
	 */
	private static void row(StringBuilder csv, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(CsvWriter.cell(fields.get(i)));
		}
		csv.append("\r\n");
	}

}
