import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Derives the compact territory files that the application ships from the reference CSVs
 * of shared/data/france (INSEE COG 2024, La Poste postal codes, IGN centres).
 *
 * <p>
 * Usage, from the project root, with only a JDK: {@code java scripts/DeriveTerritoryData.java
 * ../shared/data/france src/main/resources/territory}
 *
 * <p>
 * Output: four gzipped, tab-separated, UTF-8 files with a header line.
 * <ul>
 * <li>{@code regions.tsv.gz}: code, name</li>
 * <li>{@code departements.tsv.gz}: code, region code, name</li>
 * <li>{@code communes.tsv.gz}: INSEE code, name (with its article, the official form; the
 * name without article is an alias),
 * département code, région code, latitude, longitude, population
 * 2021, postal codes (space-separated, the first is the main one)</li>
 * <li>{@code aliases.tsv.gz}: INSEE code of the current commune, alias, kind
 * ({@code NAME_WITHOUT_ARTICLE}, {@code ARRONDISSEMENT}, {@code FORMER_COMMUNE}), postal
 * codes of the alias (space-separated, may be empty), latitude, longitude (may be
 * empty)</li>
 * </ul>
 *
 * <p>
 * Choices: Paris, Lyon and Marseille only appear through their arrondissements (ARM) in
 * the source, so the commune is rebuilt from them (population summed, centre weighted by
 * area) and each arrondissement becomes an alias ("Lyon 3e Arrondissement" and "Lyon 3")
 * that keeps its own postal codes and centre. Delegated former communes (COMD) become
 * aliases of their current commune. The three communes without coordinates take the
 * centre of the communes sharing their postal codes.
 */
public class DeriveTerritoryData {

	private static final Pattern ARRONDISSEMENT = Pattern.compile("^(.+) (\\d+)(?:er|e) Arrondissement$");

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: java scripts/DeriveTerritoryData.java <source dir> <target dir>");
			System.exit(2);
		}
		Path source = Path.of(args[0]);
		Path target = Path.of(args[1]);
		Files.createDirectories(target);
		List<Map<String, String>> regions = read(source.resolve("regions.csv"));
		List<Map<String, String>> departements = read(source.resolve("departements.csv"));
		List<Map<String, String>> rows = read(source.resolve("communes.csv"));

		List<String> regionLines = new ArrayList<>();
		for (Map<String, String> region : regions) {
			regionLines.add(String.join("\t", region.get("insee_reg"), region.get("region")));
		}
		write(target.resolve("regions.tsv.gz"), "code\tname", regionLines);

		Map<String, double[]> departementCentres = new TreeMap<>();
		List<String> departementLines = new ArrayList<>();
		for (Map<String, String> departement : departements) {
			departementLines.add(String.join("\t", departement.get("insee_dep"), departement.get("insee_reg"),
					departement.get("departement")));
			departementCentres.put(departement.get("insee_dep"), new double[] {
					Double.parseDouble(departement.get("lat")), Double.parseDouble(departement.get("lng")) });
		}
		write(target.resolve("departements.tsv.gz"), "code\tregion_code\tname", departementLines);

		Map<String, Commune> communes = new TreeMap<>();
		Map<String, Alias> aliases = new LinkedHashMap<>();
		for (Map<String, String> row : rows) {
			String type = row.get("commune_type");
			if ("COM".equals(type)) {
				Commune commune = communes.computeIfAbsent(row.get("insee_com"), (code) -> new Commune(code, row));
				commune.postalCodes.add(row.get("code_postal"));
			}
		}
		Map<String, List<Map<String, String>>> arrondissements = new TreeMap<>();
		for (Map<String, String> row : rows) {
			String type = row.get("commune_type");
			if ("ARM".equals(type)) {
				arrondissements.computeIfAbsent(row.get("insee_parente"), (code) -> new ArrayList<>()).add(row);
			}
		}
		for (Map.Entry<String, List<Map<String, String>>> entry : arrondissements.entrySet()) {
			communes.put(entry.getKey(), rebuiltFromArrondissements(entry.getKey(), entry.getValue(), aliases));
		}
		for (Map<String, String> row : rows) {
			if ("COMD".equals(row.get("commune_type")) || "COMA".equals(row.get("commune_type"))) {
				Commune parent = communes.get(row.get("insee_parente"));
				if (parent == null || key(parent.name).equals(key(row.get("commune_article")))
						|| key(parent.bareName).equals(key(row.get("commune")))) {
					continue;
				}
				Alias alias = aliases.computeIfAbsent(parent.code + "|" + row.get("commune_article"),
						(k) -> new Alias(parent.code, row.get("commune_article"), "FORMER_COMMUNE", row.get("lat"),
								row.get("lng")));
				alias.postalCodes.add(row.get("code_postal"));
			}
		}
		for (Commune commune : communes.values()) {
			if (!commune.bareName.equals(commune.name)) {
				aliases.put(commune.code + "|" + commune.bareName,
						new Alias(commune.code, commune.bareName, "NAME_WITHOUT_ARTICLE", "", ""));
			}
		}
		locateCommunesWithoutCoordinates(communes, departementCentres);

		List<String> communeLines = new ArrayList<>();
		for (Commune commune : communes.values()) {
			communeLines.add(String.join("\t", commune.code, commune.name, commune.departement,
					commune.region, commune.latitude, commune.longitude, Long.toString(commune.population),
					String.join(" ", commune.postalCodes)));
		}
		write(target.resolve("communes.tsv.gz"),
				"insee_code\tname\tdepartement_code\tregion_code\tlatitude\tlongitude\tpopulation\tpostal_codes",
				communeLines);

		List<String> aliasLines = new ArrayList<>();
		for (Alias alias : aliases.values()) {
			aliasLines.add(String.join("\t", alias.commune, alias.name, alias.kind, String.join(" ", alias.postalCodes),
					alias.latitude, alias.longitude));
		}
		write(target.resolve("aliases.tsv.gz"), "insee_code\tname\tkind\tpostal_codes\tlatitude\tlongitude",
				aliasLines);
		System.out.printf("%d régions, %d départements, %d communes, %d aliases written to %s%n", regionLines.size(),
				departementLines.size(), communeLines.size(), aliasLines.size(), target);
	}

	private static Commune rebuiltFromArrondissements(String code, List<Map<String, String>> rows,
			Map<String, Alias> aliases) {
		Map<String, String> first = rows.get(0);
		Matcher matcher = ARRONDISSEMENT.matcher(first.get("commune"));
		if (!matcher.matches()) {
			throw new IllegalStateException("Unexpected arrondissement name " + first.get("commune"));
		}
		String name = matcher.group(1);
		Commune commune = new Commune(code, first);
		commune.name = name;
		commune.bareName = name;
		commune.population = 0;
		double area = 0;
		double latitude = 0;
		double longitude = 0;
		Map<String, Map<String, String>> byCode = new LinkedHashMap<>();
		for (Map<String, String> row : rows) {
			commune.postalCodes.add(row.get("code_postal"));
			byCode.putIfAbsent(row.get("insee_com"), row);
		}
		for (Map<String, String> row : byCode.values()) {
			Matcher arrondissement = ARRONDISSEMENT.matcher(row.get("commune"));
			if (!arrondissement.matches()) {
				throw new IllegalStateException("Unexpected arrondissement name " + row.get("commune"));
			}
			commune.population += Long.parseLong(row.get("population_2021"));
			double weight = Double.parseDouble(row.get("superficie_km2"));
			area += weight;
			latitude += weight * Double.parseDouble(row.get("lat"));
			longitude += weight * Double.parseDouble(row.get("lng"));
			TreeSet<String> postalCodes = new TreeSet<>();
			for (Map<String, String> other : rows) {
				if (other.get("insee_com").equals(row.get("insee_com"))) {
					postalCodes.add(other.get("code_postal"));
				}
			}
			for (String aliasName : List.of(row.get("commune"), name + " " + arrondissement.group(2))) {
				Alias alias = new Alias(code, aliasName, "ARRONDISSEMENT", row.get("lat"), row.get("lng"));
				alias.postalCodes.addAll(postalCodes);
				aliases.put(code + "|" + aliasName, alias);
			}
		}
		commune.latitude = String.format(java.util.Locale.ROOT, "%.5f", latitude / area);
		commune.longitude = String.format(java.util.Locale.ROOT, "%.5f", longitude / area);
		return commune;
	}

	private static void locateCommunesWithoutCoordinates(Map<String, Commune> communes,
			Map<String, double[]> departementCentres) {
		for (Commune commune : communes.values()) {
			if (!commune.latitude.isEmpty()) {
				continue;
			}
			double latitude = 0;
			double longitude = 0;
			int count = 0;
			for (Commune other : communes.values()) {
				if (!other.latitude.isEmpty() && other.departement.equals(commune.departement)
						&& other.postalCodes.stream().anyMatch(commune.postalCodes::contains)) {
					latitude += Double.parseDouble(other.latitude);
					longitude += Double.parseDouble(other.longitude);
					count++;
				}
			}
			double[] centre = (count > 0) ? new double[] { latitude / count, longitude / count }
					: departementCentres.get(commune.departement);
			commune.latitude = String.format(java.util.Locale.ROOT, "%.5f", centre[0]);
			commune.longitude = String.format(java.util.Locale.ROOT, "%.5f", centre[1]);
		}
	}

	/**
	 * Same folding as the application's search key, only to drop aliases that merely
	 * repeat the name of their commune.
	 */
	private static String key(String name) {
		String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(java.util.Locale.ROOT);
		return folded.replaceAll("[^a-z0-9]+", " ").strip();
	}

	private static List<Map<String, String>> read(Path file) throws IOException {
		List<Map<String, String>> rows = new ArrayList<>();
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<String> header = parse(reader.readLine());
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				List<String> values = parse(line);
				Map<String, String> row = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					row.put(header.get(i), (i < values.size()) ? values.get(i).strip() : "");
				}
				rows.add(row);
			}
		}
		return rows;
	}

	/** RFC 4180 fields on one line: quotes may enclose commas and doubled quotes. */
	private static List<String> parse(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

	private static void write(Path file, String header, List<String> lines) throws IOException {
		for (String line : lines) {
			if (line.contains("\n")) {
				throw new IllegalStateException("Line break in " + line);
			}
		}
		// GZIPOutputStream writes no timestamp, so the same input gives the same bytes
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file));
				Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
			writer.write(header);
			writer.write('\n');
			for (String line : lines) {
				writer.write(line);
				writer.write('\n');
			}
		}
	}

	private static final class Commune {

		final String code;

		String name;

		String bareName;

		final String departement;

		final String region;

		String latitude;

		String longitude;

		long population;

		final TreeSet<String> postalCodes = new TreeSet<>();

		Commune(String code, Map<String, String> row) {
			this.code = code;
			this.name = row.get("commune_article");
			this.bareName = row.get("commune");
			this.departement = row.get("insee_dep");
			this.region = row.get("insee_reg");
			this.latitude = row.get("lat");
			this.longitude = row.get("lng");
			this.population = Long.parseLong(row.get("population_2021"));
		}

	}

	private static final class Alias {

		final String commune;

		final String name;

		final String kind;

		final String latitude;

		final String longitude;

		final TreeSet<String> postalCodes = new TreeSet<>();

		Alias(String commune, String name, String kind, String latitude, String longitude) {
			this.commune = commune;
			this.name = name;
			this.kind = kind;
			this.latitude = latitude;
			this.longitude = longitude;
		}

	}

}
