package fr.cnnumerique.cafeia.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import fr.cnnumerique.cafeia.events.HeldCafes;
import fr.cnnumerique.cafeia.feedback.FeedbackFigures;
import fr.cnnumerique.cafeia.feedback.FeedbackFigures.ReportTally;
import fr.cnnumerique.cafeia.feedback.FeedbackFigures.ReportTotals;
import fr.cnnumerique.cafeia.feedback.FeedbackFigures.Satisfaction;
import fr.cnnumerique.cafeia.reports.ReportModel.Chart;
import fr.cnnumerique.cafeia.reports.ReportModel.Column;
import fr.cnnumerique.cafeia.reports.ReportModel.Table;
import fr.cnnumerique.cafeia.resources.LibraryFigures;
import fr.cnnumerique.cafeia.shared.Breakdown;
import fr.cnnumerique.cafeia.shared.FigureScope;
import fr.cnnumerique.cafeia.shared.Tally;
import fr.cnnumerique.cafeia.taxonomy.Taxonomies;
import fr.cnnumerique.cafeia.taxonomy.Term;
import fr.cnnumerique.cafeia.taxonomy.Vocabulary;
import fr.cnnumerique.cafeia.territory.Territories;
import fr.cnnumerique.cafeia.territory.Territories.Area;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Composes the programme's figures for a period and territory from the aggregates the
 * owning modules compute in SQL (see {@code docs/reports.md} for what each one counts).
 */
@Service
class ProgrammeFigures {

	/** The retained items shown on the page; the CSV file has them all. */
	static final int ITEMS_ON_PAGE = 500;

	/** The most downloaded resources listed. */
	static final int TOP_RESOURCES = 20;

	private static final int ALL_ITEMS = Integer.MAX_VALUE;

	private final HeldCafes cafes;

	private final FeedbackFigures feedback;

	private final LibraryFigures library;

	private final Territories territories;

	private final Taxonomies taxonomies;

	private final MessageSource messages;

	ProgrammeFigures(HeldCafes cafes, FeedbackFigures feedback, LibraryFigures library, Territories territories,
			Taxonomies taxonomies, MessageSource messages) {
		this.cafes = cafes;
		this.feedback = feedback;
		this.library = library;
		this.territories = territories;
		this.taxonomies = taxonomies;
		this.messages = messages;
	}

	/**
	 * The figures of a scope.
	 * @param scope period and territory
	 * @param locale the reader's language for titles and labels
	 * @return the tables
	 */
	ReportModel compose(FigureScope scope, Locale locale) {
		Texts texts = new Texts(this.messages, locale);
		Map<String, String> regions = names(this.territories.regions());
		Map<String, String> departements = names(this.territories.departements());
		Map<String, String> themes = labels(Vocabulary.THEME, locale);
		Map<String, String> audiences = labels(Vocabulary.AUDIENCE, locale);
		List<Satisfaction> marks = this.feedback.satisfaction(scope);
		long retained = this.feedback.retainedItemCount(scope);
		List<Table> tables = new ArrayList<>();
		tables.add(summary(scope, texts, marks, retained));
		tables.add(breakdown("regions", Breakdown.REGION, scope, texts, (code) -> regions.getOrDefault(code, code)));
		tables.add(breakdown("departements", Breakdown.DEPARTEMENT, scope, texts,
				(code) -> departements.getOrDefault(code, code)));
		tables.add(breakdown("mois", Breakdown.MONTH, scope, texts, (code) -> month(code, locale)));
		tables.add(breakdown("formats", Breakdown.FORMAT, scope, texts, (code) -> texts.get("reports.format." + code)));
		tables
			.add(breakdown("publics", Breakdown.AUDIENCE, scope, texts, (code) -> audiences.getOrDefault(code, code)));
		tables.add(themes(scope, texts, themes));
		tables.add(satisfaction(texts, marks));
		tables.add(resources(scope, texts));
		tables.add(items(scope, texts, themes, retained));
		return new ReportModel(scope, territoryName(scope, regions, departements, texts), List.copyOf(tables));
	}

	private Table summary(FigureScope scope, Texts texts, List<Satisfaction> marks, long retained) {
		HeldCafes.Totals held = this.cafes.totals(scope);
		ReportTotals reports = this.feedback.reportTotals(scope);
		Set<Long> facilitators = new HashSet<>(this.cafes.facilitatorIds(scope));
		facilitators.addAll(this.feedback.declarantIds(scope));
		long answers = marks.stream().mapToLong(Satisfaction::answers).sum();
		long learned = marks.stream().mapToLong(Satisfaction::learned).sum();
		long markSum = marks.stream().mapToLong((mark) -> mark.mark() * mark.answers()).sum();
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("cafes", held.cafes() + reports.declared());
		figures.put("cafes_portail", held.cafes());
		figures.put("cafes_declares", reports.declared());
		figures.put("cafes_avec_bilan", reports.reports());
		figures.put("participants", reports.participants());
		figures.put("nouveaux_venus", reports.firstTimers());
		figures.put("animateurs_actifs", (long) facilitators.size());
		figures.put("lieux_actifs", held.venues());
		figures.put("communes", held.communes());
		figures.put("ressources_publiees", this.library.published(scope));
		figures.put("telechargements", this.library.downloads(scope));
		figures.put("reponses_participants", answers);
		figures.put("satisfaction_moyenne", (answers > 0) ? ratio(markSum, answers, 2) : null);
		figures.put("part_appris", (answers > 0) ? ratio(learned * 100, answers, 1) : null);
		figures.put("elements_retenus", retained);
		List<List<Object>> rows = new ArrayList<>();
		figures.forEach((code, value) -> rows.add(row(code, texts.get("reports.figure." + code), value)));
		List<Column> columns = List.of(texts.column("code", "string", true), texts.column("indicateur", "string", true),
				texts.column("valeur", "number", false));
		return table(texts, "synthese", columns, rows, null);
	}

	private Table breakdown(String id, Breakdown breakdown, FigureScope scope, Texts texts,
			Function<String, String> label) {
		Map<String, long[]> lines = new LinkedHashMap<>();
		if (breakdown == Breakdown.MONTH) {
			for (YearMonth month = YearMonth.from(scope.from()); !month
				.isAfter(YearMonth.from(scope.to())); month = month.plusMonths(1)) {
				lines.put(month.toString(), new long[4]);
			}
		}
		for (Tally tally : this.cafes.count(breakdown, scope)) {
			lines.computeIfAbsent(tally.key(), (key) -> new long[4])[0] += tally.count();
		}
		for (ReportTally tally : this.feedback.reports(breakdown, scope)) {
			long[] line = lines.computeIfAbsent(tally.key(), (key) -> new long[4]);
			line[1] += tally.declared();
			line[2] += tally.reports();
			line[3] += tally.participants();
		}
		List<Map.Entry<String, long[]>> sorted = new ArrayList<>(lines.entrySet());
		sorted.sort(Map.Entry.comparingByKey(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
		List<List<Object>> rows = new ArrayList<>();
		for (Map.Entry<String, long[]> entry : sorted) {
			long[] line = entry.getValue();
			String name = (entry.getKey() != null) ? label.apply(entry.getKey())
					: texts.get("reports.none." + breakdown.name());
			rows.add(row(entry.getKey(), name, line[0] + line[1], line[0], line[1], line[2], line[3]));
		}
		List<Column> columns = List.of(texts.column("code", "string", false), texts.column("libelle", "string", true),
				texts.column("cafes", "integer", true), texts.column("cafes_portail", "integer", true),
				texts.column("cafes_declares", "integer", true), texts.column("cafes_avec_bilan", "integer", true),
				texts.column("participants", "integer", true));
		Chart chart = (breakdown == Breakdown.DEPARTEMENT) ? null : new Chart(1, 2);
		return table(texts, id, columns, rows, chart);
	}

	private Table themes(FigureScope scope, Texts texts, Map<String, String> themes) {
		List<List<Object>> rows = new ArrayList<>();
		for (Tally tally : this.feedback.themes(scope)) {
			rows.add(row(tally.key(), themes.getOrDefault(tally.key(), tally.key()), tally.count()));
		}
		List<Column> columns = List.of(texts.column("code", "string", true), texts.column("libelle", "string", true),
				texts.column("bilans", "integer", true));
		return table(texts, "thematiques", columns, rows, new Chart(1, 2));
	}

	private Table satisfaction(Texts texts, List<Satisfaction> marks) {
		Map<Integer, Satisfaction> byMark = new HashMap<>();
		marks.forEach((line) -> byMark.put(line.mark(), line));
		List<List<Object>> rows = new ArrayList<>();
		for (int mark = 1; mark <= 5; mark++) {
			Satisfaction line = byMark.getOrDefault(mark, new Satisfaction(mark, 0, 0));
			rows.add(row((long) mark, texts.get("reports.mark." + mark), line.answers(), line.learned()));
		}
		List<Column> columns = List.of(texts.column("note", "integer", true), texts.column("libelle", "string", true),
				texts.column("reponses", "integer", true), texts.column("appris", "integer", true));
		return table(texts, "satisfaction", columns, rows, new Chart(1, 2));
	}

	private Table resources(FigureScope scope, Texts texts) {
		List<List<Object>> rows = new ArrayList<>();
		for (LibraryFigures.Downloaded item : this.library.mostDownloaded(scope, TOP_RESOURCES)) {
			rows.add(row(item.id(), item.title(), texts.get("reports.resource-kind." + item.kind()), item.downloads()));
		}
		List<Column> columns = List.of(texts.column("id", "integer", true), texts.column("titre", "string", true),
				texts.column("type", "string", true), texts.column("telechargements", "integer", true));
		return table(texts, "ressources", columns, rows, null);
	}

	private Table items(FigureScope scope, Texts texts, Map<String, String> themes, long total) {
		Function<FeedbackFigures.RetainedItem, List<Object>> toRow = (
				item) -> row(item.themeCode(),
						(item.themeCode() != null) ? themes.getOrDefault(item.themeCode(), item.themeCode())
								: texts.get("reports.none.THEME"),
						texts.get("reports.item-kind." + item.kind()), item.text());
		List<List<Object>> firstRows = new ArrayList<>();
		this.feedback.retainedItems(scope, ITEMS_ON_PAGE, (item) -> firstRows.add(toRow.apply(item)));
		List<Column> columns = List.of(texts.column("thematique_code", "string", false),
				texts.column("thematique", "string", true), texts.column("type", "string", true),
				texts.column("texte", "string", true));
		return new Table("elements", texts.get("reports.table.elements.title"),
				texts.get("reports.table.elements.description"), columns, firstRows, total, null,
				(consumer) -> this.feedback.retainedItems(scope, ALL_ITEMS,
						(item) -> consumer.accept(toRow.apply(item))));
	}

	private static Table table(Texts texts, String id, List<Column> columns, List<List<Object>> rows, Chart chart) {
		return new Table(id, texts.get("reports.table." + id + ".title"),
				texts.get("reports.table." + id + ".description"), columns, List.copyOf(rows), rows.size(), chart,
				null);
	}

	private static List<Object> row(Object... cells) {
		return java.util.Collections.unmodifiableList(java.util.Arrays.asList(cells));
	}

	private static BigDecimal ratio(long numerator, long denominator, int scale) {
		return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
	}

	private static String month(String code, Locale locale) {
		return YearMonth.parse(code).format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
	}

	private String territoryName(FigureScope scope, Map<String, String> regions, Map<String, String> departements,
			Texts texts) {
		if (scope.departementCode() != null) {
			return departements.getOrDefault(scope.departementCode(), scope.departementCode());
		}
		if (scope.regionCode() != null) {
			return regions.getOrDefault(scope.regionCode(), scope.regionCode());
		}
		return texts.get("reports.territory.france");
	}

	private static Map<String, String> names(List<Area> areas) {
		Map<String, String> names = new HashMap<>();
		areas.forEach((area) -> names.put(area.code(), area.name()));
		return names;
	}

	private Map<String, String> labels(Vocabulary vocabulary, Locale locale) {
		Map<String, String> labels = new HashMap<>();
		for (Term term : this.taxonomies.all(vocabulary)) {
			labels.put(term.code(), term.label(locale));
		}
		return labels;
	}

	private record Texts(MessageSource messages, Locale locale) {

		String get(String key) {
			return this.messages.getMessage(key, null, key, this.locale);
		}

		Column column(String name, String type, boolean required) {
			return new Column(name, type, get("reports.column." + name), required);
		}

	}

}
