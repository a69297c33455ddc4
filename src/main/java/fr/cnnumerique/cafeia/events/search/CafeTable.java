package fr.cnnumerique.cafeia.events.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import fr.cnnumerique.cafeia.events.EventFormat;
import fr.cnnumerique.cafeia.events.EventKind;
import fr.cnnumerique.cafeia.events.EventStatus;
import fr.cnnumerique.cafeia.events.EventSummary;
import fr.cnnumerique.cafeia.events.RegistrationMode;
import fr.cnnumerique.cafeia.events.search.EventFeedQueries.ExportRow;

/**
 * The open-data table of cafés: its columns, described once, give both the CSV header and
 * rows and the Table Schema (Frictionless Data) published beside it, so they cannot drift
 * apart. Nothing personal: no account, and the joining link only when the public may see
 * it ({@link EventSummary#publicJoinUrl()}).
 * <p>
 * CSV as RFC 4180 with commas (what open-data tools expect, unlike the semicolons of the
 * staff journal meant for French spreadsheets), UTF-8 without byte-order mark, CRLF. A
 * free text starting like a spreadsheet formula gets a leading apostrophe; numbers, dates
 * and codes are written as they are, so a negative longitude stays a number.
 */
final class CafeTable {

	static final Map<EventFormat, String> FORMATS = Map.of(EventFormat.IN_PERSON, "presentiel", EventFormat.ONLINE,
			"en-ligne", EventFormat.HYBRID, "hybride");

	static final Map<EventKind, String> KINDS = Map.of(EventKind.CAFE_IA, "cafe-ia", EventKind.CAFE_RESSOURCES,
			"cafe-ressources", EventKind.CAFE_ANIMATIONS, "cafe-animations", EventKind.OTHER, "autre");

	static final Map<EventStatus, String> STATUSES = Map.of(EventStatus.PUBLISHED, "publie", EventStatus.CANCELLED,
			"annule");

	static final Map<RegistrationMode, String> REGISTRATIONS = Map.of(RegistrationMode.PORTAL, "portail",
			RegistrationMode.EXTERNAL, "externe", RegistrationMode.NONE, "aucune");

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	/**
	 * A column of the table.
	 *
	 * @param name the CSV header and Table Schema field name
	 * @param type Table Schema type
	 * @param format Table Schema format, {@code null} for the default
	 * @param description what the column holds, in French
	 * @param constraints Table Schema constraints, possibly empty
	 * @param freeText whether values are typed by people, hence protected from formulas
	 * @param value the value of a row, {@code null} when missing
	 */
	record Column(String name, String type, String format, String description, Map<String, Object> constraints,
			boolean freeText, Function<ExportRow, Object> value) {

	}

	private final List<Column> columns;

	CafeTable(Function<EventSummary, String> url) {
		this.columns = List.of(
				column("id", "integer", null, "Identifiant du café sur le portail Café IA.",
						Map.of("required", true, "unique", true, "minimum", 1), (r) -> r.event().id()),
				text("titre", "Titre du café.", Map.of("required", true, "maxLength", 120), (r) -> r.event().title()),
				text("resume", "Résumé du café.", Map.of("maxLength", 280), (r) -> r.event().summary()),
				column("url", "string", "uri", "Adresse de la page du café sur le portail.", Map.of("required", true),
						(r) -> url.apply(r.event())),
				column("type", "string", null,
						"Sorte de rencontre : café IA, café ressources, café animations ou autre.",
						Map.of("required", true, "enum", List.copyOf(new java.util.TreeSet<>(KINDS.values()))),
						(r) -> KINDS.get(r.event().kind())),
				column("debut", "datetime", "any",
						"Début, en ISO 8601 avec le décalage horaire du fuseau du café (par exemple 2027-03-03T13:30:00+01:00).",
						Map.of("required", true),
						(r) -> ISO.format(r.event().startsAt().truncatedTo(ChronoUnit.SECONDS))),
				column("fin", "datetime", "any", "Fin, en ISO 8601 avec le décalage horaire du fuseau du café.",
						Map.of("required", true),
						(r) -> ISO.format(r.event().endsAt().truncatedTo(ChronoUnit.SECONDS))),
				column("fuseau", "string", null,
						"Fuseau horaire du café (base IANA), Europe/Paris en métropole, le fuseau local outre-mer.",
						Map.of("required", true), (r) -> r.event().startsAt().getZone().getId()),
				column("format", "string", null,
						"Comment participer : presentiel (dans un lieu), en-ligne, hybride (les deux).",
						Map.of("required", true, "enum", List.of("en-ligne", "hybride", "presentiel")),
						(r) -> FORMATS.get(r.event().format())),
				column("statut", "string", null, "publie, ou annule pour un café annulé (il reste listé).",
						Map.of("required", true, "enum", List.of("annule", "publie")),
						(r) -> STATUSES.get(r.event().status())),
				text("lieu", "Nom du lieu d’accueil ; vide pour un café en ligne.", Map.of(),
						(r) -> r.event().venueName()),
				text("adresse", "Adresse du lieu (numéro et voie).", Map.of(), (r) -> r.event().street()),
				column("code_postal", "string", null, "Code postal du lieu.", Map.of("pattern", "[0-9]{5}"),
						(r) -> r.event().postalCode()),
				column("code_insee", "string", null, "Code officiel géographique (INSEE) de la commune du lieu.",
						Map.of("pattern", "[0-9][0-9AB][0-9]{3}"), (r) -> r.event().inseeCode()),
				text("commune", "Commune du lieu.", Map.of(), (r) -> r.event().communeName()),
				column("departement", "string", null, "Code du département de la commune.",
						Map.of("pattern", "[0-9]{2}|2A|2B|97[0-9]|98[0-9]"), (r) -> r.event().departementCode()),
				column("latitude", "number", null, "Latitude du lieu (WGS 84, degrés décimaux).",
						Map.of("minimum", -90, "maximum", 90), (r) -> r.event().latitude()),
				column("longitude", "number", null, "Longitude du lieu (WGS 84, degrés décimaux).",
						Map.of("minimum", -180, "maximum", 180), (r) -> r.event().longitude()),
				column("lien_en_ligne", "string", "uri",
						"Lien pour rejoindre un café en ligne ou hybride ; vide quand l’inscription se fait sur le portail "
								+ "(le lien est alors envoyé aux inscrits).",
						Map.of(), (r) -> r.event().publicJoinUrl()),
				column("inscription", "string", null,
						"Inscription : portail (sur le portail Café IA), externe (sur un autre site), aucune (venir directement).",
						Map.of("required", true, "enum", List.of("aucune", "externe", "portail")),
						(r) -> REGISTRATIONS.get(r.event().registration())),
				column("lien_inscription", "string", "uri", "Lien d’inscription quand elle se fait sur un autre site.",
						Map.of(), (r) -> r.event().registrationUrl()),
				column("places", "integer", null, "Nombre de places proposées ; vide quand il n’y a pas de limite.",
						Map.of("minimum", 1), (r) -> r.event().capacity()),
				column("themes", "string", null, "Codes des thématiques, séparés par des virgules.",
						Map.of("pattern", "([a-z0-9-]+(,[a-z0-9-]+)*)?"), (r) -> String.join(",", r.event().themes())),
				column("publics", "string", null, "Codes des publics visés, séparés par des virgules.",
						Map.of("pattern", "([a-z0-9-]+(,[a-z0-9-]+)*)?"),
						(r) -> String.join(",", r.event().audiences())),
				column("langue", "string", null, "Langue du café (code ISO 639-1, fr le plus souvent).",
						Map.of("required", true, "pattern", "[a-z]{2}"), ExportRow::language),
				column("gratuit", "boolean", null, "true quand le café est gratuit.", Map.of("required", true),
						ExportRow::freeOfCharge));
	}

	List<Column> columns() {
		return this.columns;
	}

	/** The Table Schema of the CSV. */
	Map<String, Object> schema() {
		List<Map<String, Object>> fields = new ArrayList<>();
		for (Column column : this.columns) {
			Map<String, Object> field = new LinkedHashMap<>();
			field.put("name", column.name());
			field.put("type", column.type());
			if (column.format() != null) {
				field.put("format", column.format());
			}
			field.put("description", column.description());
			if (!column.constraints().isEmpty()) {
				field.put("constraints", new java.util.TreeMap<>(column.constraints()));
			}
			fields.add(field);
		}
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("fields", fields);
		schema.put("primaryKey", List.of("id"));
		schema.put("missingValues", List.of(""));
		return schema;
	}

	void header(Writer out) {
		write(out, this.columns.stream().map(Column::name).toList());
	}

	void row(Writer out, ExportRow row) {
		List<String> cells = new ArrayList<>(this.columns.size());
		for (Column column : this.columns) {
			Object value = column.value().apply(row);
			String text = (value != null) ? value.toString() : "";
			if (column.freeText() && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
				text = "'" + text;
			}
			cells.add(text);
		}
		write(out, cells);
	}

	private static void write(Writer out, List<String> cells) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			String cell = cells.get(i);
			boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
					|| cell.indexOf('\r') >= 0;
			line.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
		}
		try {
			out.write(line.append("\r\n").toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Column column(String name, String type, String format, String description,
			Map<String, Object> constraints, Function<ExportRow, Object> value) {
		return new Column(name, type, format, description, constraints, false, value);
	}

	private static Column text(String name, String description, Map<String, Object> constraints,
			Function<ExportRow, Object> value) {
		return new Column(name, "string", null, description, constraints, true, value);
	}

}
