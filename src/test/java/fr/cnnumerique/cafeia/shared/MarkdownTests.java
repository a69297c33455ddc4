package fr.cnnumerique.cafeia.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTests {

	@Test
	void rendersFormattingAndSafeLinks() {
		String html = Markdown
			.toSafeHtml("# Programme\n\n**Accueil** puis [débat](https://example.org/a).\n\n- un\n- deux");
		assertThat(html).contains("<h2>Programme</h2>").contains("<strong>Accueil</strong>").contains("<li>un</li>");
		// the sanitiser keeps its required rels in a hash set: their order is not part of
		// the contract
		Matcher link = Pattern.compile("<a href=\"https://example.org/a\" rel=\"([a-z ]+)\">débat</a>").matcher(html);
		assertThat(link.find()).as(html).isTrue();
		assertThat(link.group(1).split(" ")).containsExactlyInAnyOrder("nofollow", "noopener", "noreferrer");
	}

	@Test
	void escapesRawHtmlAndDropsScriptsAndImages() {
		String html = Markdown
			.toSafeHtml("<script>alert(1)</script>\n\n[x](javascript:alert(1)) ![i](https://tracker.example/p.png)");
		assertThat(html).doesNotContain("<script").doesNotContain("javascript:").doesNotContain("<img");
		assertThat(html).contains("&lt;script&gt;");
	}

	@Test
	void blankSourceGivesEmptyText() {
		assertThat(Markdown.toSafeHtml(null)).isEmpty();
		assertThat(Markdown.toSafeHtml("  ")).isEmpty();
		assertThat(Markdown.toPlainText(null)).isEmpty();
	}

	@Test
	void plainTextDropsMarkup() {
		assertThat(Markdown.toPlainText("## Titre\n\nUn *café* & des <questions>"))
			.isEqualTo("Titre\n\nUn café & des <questions>");
	}

}
