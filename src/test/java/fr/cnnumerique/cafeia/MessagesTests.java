package fr.cnnumerique.cafeia;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * French is the reference bundle, English must say the same things, and templates take
 * every visible string from the bundles.
 */
class MessagesTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Path TEMPLATES = RESOURCES.resolve("templates");

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("alt", "title", "placeholder", "aria-label");

	private static final Set<String> CONTENT_ATTRIBUTES = Set.of("th:text", "th:utext", "th:replace", "th:insert");

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");

	@Test
	void englishBundlesHoldTheSameKeysAsFrenchOnes() {
		for (String basename : basenames()) {
			Set<String> french = load(basename + ".properties").stringPropertyNames();
			Set<String> english = load(basename + "_en.properties").stringPropertyNames();
			assertThat(new TreeSet<>(english)).as("keys of %s_en", basename).isEqualTo(new TreeSet<>(french));
		}
	}

	@Test
	void noBundleHasAnEmptyMessage() {
		for (String basename : basenames()) {
			for (String suffix : List.of(".properties", "_en.properties")) {
				Properties properties = load(basename + suffix);
				assertThat(properties.stringPropertyNames()).as("empty messages in %s%s", basename, suffix)
					.allSatisfy((key) -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
			}
		}
	}

	@Test
	void messagesWithArgumentsDoubleTheirApostrophes() {
		List<String> broken = new ArrayList<>();
		for (String basename : basenames()) {
			for (String suffix : List.of(".properties", "_en.properties")) {
				Properties properties = load(basename + suffix);
				properties.stringPropertyNames().forEach((key) -> {
					String value = properties.getProperty(key);
					if (ARGUMENT.matcher(value).find() && LONE_APOSTROPHE.matcher(value).find()) {
						broken.add(basename + suffix + ": " + key);
					}
				});
			}
		}
		assertThat(broken).as("messages with {0} arguments go through MessageFormat: write '' for an apostrophe")
			.isEmpty();
	}

	@Test
	void templatesOnlyUseKeysThatExist() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (String basename : basenames()) {
			keys.addAll(load(basename + ".properties").stringPropertyNames());
		}
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).as("message keys used in templates but missing from the bundles").isEmpty();
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				if (replacesItsContent(element)) {
					continue;
				}
				String text = element.ownText();
				if (hasWords(text)) {
					literals.add(TEMPLATES.relativize(template) + " <" + element.tagName() + ">: " + text.strip());
				}
				element.attributes().forEach((attribute) -> {
					if (TEXT_ATTRIBUTES.contains(attribute.getKey()) && hasWords(attribute.getValue())) {
						literals.add(TEMPLATES.relativize(template) + " @" + attribute.getKey() + ": "
								+ attribute.getValue());
					}
				});
			}
		}
		assertThat(literals).as("literal text in templates (use th:text and a message key)").isEmpty();
	}

	private static boolean replacesItsContent(Element element) {
		if (Set.of("script", "style").contains(element.tagName())) {
			return true;
		}
		for (Element current = element; current != null; current = current.parent()) {
			for (String attribute : CONTENT_ATTRIBUTES) {
				if (current.hasAttr(attribute)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean hasWords(String text) {
		return text != null && text.codePoints().anyMatch(Character::isLetter);
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> paths = Files.walk(TEMPLATES)) {
			return paths.filter((path) -> path.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static List<String> basenames() {
		Properties application = load("application.properties");
		return Stream.of(application.getProperty("spring.messages.basename").split(",")).map(String::strip).toList();
	}

	private static Properties load(String name) {
		Path path = RESOURCES.resolve(name);
		assertThat(path).as("bundle file %s", name).exists();
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(path)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
