package fr.cnnumerique.cafeia.reports;

import java.util.List;

import fr.cnnumerique.cafeia.reports.ReportModel.Table;

import org.springframework.web.util.HtmlUtils;

/**
 * Draws a table's chart as inline SVG: one horizontal bar per row, its label on the left
 * and its number at its end. The SVG is an image with a text alternative
 * ({@code role="img"}, a {@code <title>} giving every bar and its number); the same
 * numbers are in the table next to it. No script, no style attribute (the page's
 * Content-Security-Policy allows neither), colours from presentation attributes so that
 * print keeps them.
 */
final class BarChart {

	static final int MAX_BARS = 40;

	private static final int WIDTH = 640;

	private static final int LABEL_WIDTH = 220;

	private static final int BAR_AREA = 360;

	private static final int ROW_HEIGHT = 24;

	private static final int BAR_HEIGHT = 16;

	private BarChart() {
	}

	/**
	 * The chart of a table.
	 * @param table a table with a chart
	 * @return SVG markup, or an empty string for a table without a chart or without rows
	 */
	static String svg(Table table) {
		if (table.chart() == null || table.rows().isEmpty() || table.rows().size() > MAX_BARS) {
			return "";
		}
		List<List<Object>> rows = table.rows();
		long max = 1;
		for (List<Object> row : rows) {
			max = Math.max(max, value(row, table));
		}
		String titleId = "chart-" + table.id() + "-title";
		StringBuilder summary = new StringBuilder(table.title()).append(" : ");
		StringBuilder bars = new StringBuilder();
		int height = rows.size() * ROW_HEIGHT + 8;
		for (int i = 0; i < rows.size(); i++) {
			List<Object> row = rows.get(i);
			String label = String.valueOf(row.get(table.chart().label()));
			long value = value(row, table);
			summary.append((i > 0) ? ", " : "").append(label).append(' ').append(value);
			int y = i * ROW_HEIGHT + 4;
			long length = Math.round((double) value * BAR_AREA / max);
			bars.append("<text x=\"")
				.append(LABEL_WIDTH - 8)
				.append("\" y=\"")
				.append(y + 13)
				.append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#161616\">")
				.append(HtmlUtils.htmlEscape(shorten(label)))
				.append("</text>");
			bars.append("<rect x=\"")
				.append(LABEL_WIDTH)
				.append("\" y=\"")
				.append(y)
				.append("\" width=\"")
				.append(length)
				.append("\" height=\"")
				.append(BAR_HEIGHT)
				.append("\" fill=\"#000091\"/>");
			bars.append("<text x=\"")
				.append(LABEL_WIDTH + length + 6)
				.append("\" y=\"")
				.append(y + 13)
				.append("\" font-size=\"12\" fill=\"#161616\">")
				.append(value)
				.append("</text>");
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" role=\"img\" aria-labelledby=\"" + titleId
				+ "\" viewBox=\"0 0 " + WIDTH + " " + height + "\" width=\"" + WIDTH + "\" height=\"" + height
				+ "\"><title id=\"" + titleId + "\">" + HtmlUtils.htmlEscape(summary.toString()) + "</title>" + bars
				+ "</svg>";
	}

	private static long value(List<Object> row, Table table) {
		Object value = row.get(table.chart().value());
		return (value instanceof Number number) ? number.longValue() : 0;
	}

	private static String shorten(String label) {
		return (label.length() > 32) ? label.substring(0, 31) + "…" : label;
	}

}
