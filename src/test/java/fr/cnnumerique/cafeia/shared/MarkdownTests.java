package fr.cnnumerique.cafeia.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTests {

	@Test
	void rendersFormattingAndSafeLinks() {
		// a text sanitised before changes the order of the rel values below
		Markdown.toSafeHtml("L'ordre change après une apostrophe");
		String html = Markdown
			.toSafeHtml("# Programme\n\n**Accueil** puis [débat](https://example.org/a).\n\n- un\n- deux");
		assertThat(html).contains("<h3>Programme</h3>")
			.contains("<strong>Accueil</strong>")
			// the sanitiser does not keep the rel values in a fixed order: it depends on
			// what it sanitised before in the same JVM
			.containsPattern("<a href=\"https://example.org/a\" rel=\"(?=[^\"]*\\bnofollow\\b)"
					+ "(?=[^\"]*\\bnoopener\\b)(?=[^\"]*\\bnoreferrer\\b)[a-z ]+\">débat</a>")
			.contains("<li>un</li>");
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
