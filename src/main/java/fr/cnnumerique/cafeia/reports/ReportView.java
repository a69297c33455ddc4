package fr.cnnumerique.cafeia.reports;

import java.math.BigDecimal;
import java.util.Locale;

import fr.cnnumerique.cafeia.reports.ReportModel.Table;

/**
 * What the report's templates call to show a model: cells in the reader's number format
 * and charts as inline SVG.
 *
 * @param locale the reader's language
 * @param pdf {@code true} when rendering for the PDF, which has no charts (the tables
 * carry the same numbers)
 */
record ReportView(Locale locale, boolean pdf) {

	/**
	 * A cell as shown on the page: decimals with the French decimal comma, an empty cell
	 * as a dash.
	 */
	public String show(Object value) {
		if (value == null) {
			return "–";
		}
		if (value instanceof BigDecimal decimal) {
			String text = decimal.toPlainString();
			return "en".equals(this.locale.getLanguage()) ? text : text.replace('.', ',');
		}
		return value.toString();
	}

	public String chart(Table table) {
		return this.pdf ? "" : BarChart.svg(table);
	}

	public boolean numeric(Table table, int column) {
		return table.columns().get(column).numeric();
	}

}
