package fr.cnnumerique.cafeia.moderation.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action the code records appears in the journal's filter with a French and an
 * English label.
 */
class AuditActionsTests {

	private static final Pattern RECORDED = Pattern
		.compile("new AuditEntry\\([^;]*?\"((?:account|moderation|report|theme|audience|format)\\.[a-z.-]+)\"");

	@Test
	void everyRecordedActionIsKnownAndLabelledInBothLanguages() throws IOException {
		Set<String> recorded = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = RECORDED.matcher(Files.readString(source).replaceAll("\\s+", " "));
				while (matcher.find()) {
					recorded.add(matcher.group(1));
				}
			}
		}
		assertThat(recorded).contains("account.trust", "moderation.unpublish");
		assertThat(AuditActions.KNOWN).containsAll(recorded);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/moderation-audit");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		List<String> missing = new ArrayList<>();
		for (String action : AuditActions.KNOWN) {
			for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
				if (messages.getMessage("moderation.audit.action." + action, null, null, locale) == null) {
					missing.add(action + " (" + locale + ")");
				}
			}
		}
		assertThat(missing).isEmpty();
	}

}
