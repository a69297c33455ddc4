package fr.cnnumerique.cafeia.shared;

import java.util.List;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown written by facilitators (café descriptions, library items), rendered to HTML
 * that is safe to insert in a page: raw HTML in the source is escaped, then the result is
 * sanitised against an allowlist of formatting elements, and links may only point to
 * {@code http}, {@code https} or {@code mailto} addresses and get
 * {@code rel="nofollow noopener noreferrer"}. Images are not allowed: they would load
 * third-party content and weigh on the page.
 */
public final class Markdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "strong", "em", "ul", "ol", "li", "blockquote", "code", "pre", "h3", "h4", "hr", "a")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href")
		.onElements("a")
		.requireRelsOnLinks("nofollow", "noopener", "noreferrer")
		.toFactory();

	private Markdown() {
	}

	/**
	 * Renders Markdown to sanitised HTML. Headings start at level 3 (levels 1 and 2
	 * become 3, the others 4), since the text sits under the page's own level-1 title and
	 * the level-2 heading of its section.
	 * @param markdown the source, may be {@code null} or blank
	 * @return HTML safe to insert without escaping, empty for a blank source
	 */
	public static String toSafeHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		Node document = PARSER.parse(markdown);
		String html = RENDERER.render(document)
			.replaceAll("<(/?)h[56]>", "<$1h4>")
			.replaceAll("<(/?)h3>", "<$1h4>")
			.replaceAll("<(/?)h[12]>", "<$1h3>");
		return POLICY.sanitize(html);
	}

	/**
	 * The text of Markdown without its markup, for summaries, search and feeds.
	 * @param markdown the source, may be {@code null}
	 * @return plain text with paragraphs separated by blank lines, empty for a blank
	 * source
	 */
	public static String toPlainText(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		String html = RENDERER.render(PARSER.parse(markdown));
		String text = new HtmlPolicyBuilder().toFactory()
			.sanitize(html.replaceAll("</(p|h[1-6]|li|blockquote|pre)>", "\n\n"));
		return unescape(text).replaceAll("\n{3,}", "\n\n").strip();
	}

	private static String unescape(String text) {
		String result = text;
		for (List<String> pair : List.of(List.of("&lt;", "<"), List.of("&gt;", ">"), List.of("&#34;", "\""),
				List.of("&#39;", "'"), List.of("&#43;", "+"), List.of("&#61;", "="), List.of("&#64;", "@"),
				List.of("&#96;", "`"), List.of("&amp;", "&"))) {
			result = result.replace(pair.get(0), pair.get(1));
		}
		return result;
	}

}
