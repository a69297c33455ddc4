package fr.cnnumerique.cafeia.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import fr.cnnumerique.cafeia.reports.ReportModel.Column;
import fr.cnnumerique.cafeia.reports.ReportModel.Table;
import fr.cnnumerique.cafeia.shared.CsvWriter;
import tools.jackson.databind.json.JsonMapper;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Writes a report model out: a ZIP of one CSV file per table ({@link CsvWriter}: BOM,
 * semicolons, formula guard) with a Table Schema each and a {@code datapackage.json}, and
 * a PDF from the report's XHTML (openhtmltopdf, with the Liberation Sans font PDFBox
 * ships, so that accents render and the text can be extracted).
 */
@Component
class ReportExports {

	private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private final JsonMapper json;

	ReportExports(JsonMapper json) {
		this.json = json;
	}

	/**
	 * Writes the ZIP, table after table; a streamed table's rows go out as they come.
	 * @param model the figures
	 * @param name the package name (lower case, digits and dashes)
	 * @param title the package title
	 * @param out where the ZIP goes; left open
	 */
	/**
	 * Sends the ZIP of a model as a download named {@code name.zip}. The archive is first
	 * written to a temporary file, so that the database cursor of the long tables is read
	 * and closed at the database's pace, not at the pace of a slow client holding a
	 * pooled connection, and a failure while reading gives an error page, not a truncated
	 * archive.
	 */
	void send(ReportModel model, String name, String title, HttpServletResponse response) throws IOException {
		Path file = Files.createTempFile("cafeia-report-", ".zip");
		try {
			try (OutputStream out = Files.newOutputStream(file)) {
				zip(model, name, title, out);
			}
			response.setContentType("application/zip");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + ".zip").build().toString());
			response.setContentLengthLong(Files.size(file));
			Files.copy(file, response.getOutputStream());
			response.flushBuffer();
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	void zip(ReportModel model, String name, String title, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		List<Map<String, Object>> resources = new ArrayList<>();
		for (Table table : model.tables()) {
			zip.putNextEntry(new ZipEntry(table.id() + ".csv"));
			Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
			CsvWriter csv = new CsvWriter(writer);
			csv.start();
			csv.row(table.columns().stream().map(Column::name).toList());
			table.forEachRow((row) -> csv.row(row.stream().map(ReportExports::csvCell).toList()));
			writer.flush();
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(table.id() + ".schema.json"));
			zip.write(this.json.writeValueAsBytes(schema(table)));
			zip.closeEntry();
			Map<String, Object> resource = new LinkedHashMap<>();
			resource.put("name", table.id());
			resource.put("path", table.id() + ".csv");
			resource.put("title", table.title());
			resource.put("description", table.description());
			resource.put("format", "csv");
			resource.put("mediatype", "text/csv");
			resource.put("encoding", "utf-8");
			resource.put("dialect", Map.of("delimiter", ";", "header", true));
			resource.put("schema", table.id() + ".schema.json");
			resources.add(resource);
		}
		Map<String, Object> pack = new LinkedHashMap<>();
		pack.put("name", name);
		pack.put("title", title);
		pack.put("licenses", List.of(Map.of("name", "etalab-2.0", "title", "Licence Ouverte 2.0", "path",
				"https://www.etalab.gouv.fr/licence-ouverte-open-licence/")));
		pack.put("resources", resources);
		zip.putNextEntry(new ZipEntry("datapackage.json"));
		zip.write(this.json.writeValueAsBytes(pack));
		zip.closeEntry();
		zip.finish();
		zip.flush();
	}

	/**
	 * The Table Schema of a table.
	 * @param table the table
	 * @return the schema, ready to be written as JSON
	 */
	Map<String, Object> schema(Table table) {
		List<Map<String, Object>> fields = new ArrayList<>();
		for (Column column : table.columns()) {
			Map<String, Object> field = new LinkedHashMap<>();
			field.put("name", column.name());
			field.put("type", column.type());
			field.put("title", column.title());
			if (column.required()) {
				field.put("constraints", Map.of("required", true));
			}
			fields.add(field);
		}
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("title", table.title());
		schema.put("description", table.description());
		schema.put("fields", fields);
		schema.put("missingValues", List.of(""));
		return schema;
	}

	/**
	 * Renders XHTML as PDF.
	 * @param xhtml a well-formed document
	 * @return the PDF bytes
	 */
	byte[] pdf(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(ReportExports::font, "Liberation Sans");
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static InputStream font() {
		return ReportExports.class.getResourceAsStream(FONT);
	}

	private static String csvCell(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return value.toString();
	}

}
