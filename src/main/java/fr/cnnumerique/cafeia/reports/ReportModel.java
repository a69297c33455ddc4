package fr.cnnumerique.cafeia.reports;

import java.util.List;
import java.util.function.Consumer;

import fr.cnnumerique.cafeia.shared.FigureScope;

/**
 * The figures of a period and territory as a list of tables: the page's tables, its
 * charts, the CSV files and their Table Schemas are all written from it, so they cannot
 * disagree.
 *
 * @param scope what the figures cover
 * @param territory the territory's name ("France entière", a région or a département)
 * @param tables the tables, in reading order
 */
record ReportModel(FigureScope scope, String territory, List<Table> tables) {

	Table table(String id) {
		return this.tables.stream()
			.filter((table) -> table.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No table " + id));
	}

	/**
	 * A column.
	 *
	 * @param name machine name: the CSV header and the Table Schema field name
	 * @param type Table Schema type: {@code string}, {@code integer} or {@code number}
	 * @param title heading, in the reader's language
	 * @param required whether every row has a value
	 */
	record Column(String name, String type, String title, boolean required) {

		public boolean numeric() {
			return !"string".equals(this.type);
		}

	}

	/**
	 * A table.
	 *
	 * @param id stable identifier: the anchor on the page and the CSV file name
	 * @param title caption, in the reader's language
	 * @param description what it counts, in the reader's language
	 * @param columns its columns
	 * @param rows its rows (for a streamed table, the first ones only, for the page)
	 * @param total how many rows the table has in all
	 * @param chart the columns to draw as bars, or {@code null} for no chart
	 * @param stream for a long table, gives every row one by one; {@code null} when
	 * {@code rows} are all the rows
	 */
	record Table(String id, String title, String description, List<Column> columns, List<List<Object>> rows, long total,
			Chart chart, RowStream stream) {

		void forEachRow(Consumer<List<Object>> consumer) {
			if (this.stream != null) {
				this.stream.forEach(consumer);
			}
			else {
				this.rows.forEach(consumer);
			}
		}

	}

	/**
	 * What a chart draws.
	 *
	 * @param label index of the column naming each bar
	 * @param value index of the column giving its length
	 */
	record Chart(int label, int value) {

	}

	/** Rows given one by one, without holding them all. */
	@FunctionalInterface
	interface RowStream {

		void forEach(Consumer<List<Object>> consumer);

	}

}
