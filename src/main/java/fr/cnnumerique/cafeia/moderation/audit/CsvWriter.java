package fr.cnnumerique.cafeia.moderation.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV for spreadsheet users in France: a UTF-8 byte-order mark so that Excel reads
 * the accents, semicolons between cells (the separator French Excel expects, since the
 * comma is the decimal mark), CRLF line ends, and RFC 4180 quoting. A cell that a
 * spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage
 * return) is prefixed with an apostrophe, so a label typed by a user cannot become a
 * formula on a staff member's computer.
 */
final class CsvWriter {

	static final char SEPARATOR = ';';

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private final Writer out;

	CsvWriter(Writer out) {
		this.out = out;
	}

	void start() {
		write("\uFEFF");
	}

	void row(List<String> cells) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				line.append(SEPARATOR);
			}
			line.append(cell(cells.get(i)));
		}
		write(line.append("\r\n").toString());
	}

	static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String text = (FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		boolean quote = text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0 || text.indexOf(',') >= 0 || !text.equals(text.strip());
		return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

	private void write(String text) {
		try {
			this.out.write(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
