package fr.cnnumerique.cafeia.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTests {

	@Test
	void rendersFormattingAndSafeLinks() {
		String html = Markdown
			.toSafeHtml("# Programme\n\n**Accueil** puis [débat](https://example.org/a).\n\n- un\n- deux");
		assertThat(html).contains("<h2>Programme</h2>")
			.contains("<strong>Accueil</strong>")
			.containsPattern("<a href=\"https://example.org/a\" rel=\"[a-z ]+\">débat</a>")
			.contains("<li>un</li>");
		// the sanitiser writes the three rel values in an order that is not the same
		// from one run to the next
		assertThat(html.replaceAll("(?s).*rel=\"([a-z ]+)\".*", "$1").split(" ")).containsExactlyInAnyOrder("nofollow",
				"noopener", "noreferrer");
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
