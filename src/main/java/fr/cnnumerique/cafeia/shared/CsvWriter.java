package fr.cnnumerique.cafeia.shared;

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
 * formula on a staff member's or a facilitator's computer.
 * <p>
 * Every export that people open in a spreadsheet uses it, so they all read the same way
 * and none forgets the formula guard.
 */
public final class CsvWriter {

	/** The cell separator. */
	public static final char SEPARATOR = ';';

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private final Writer out;

	/**
	 * A writer of CSV rows.
	 * @param out where the text goes; the caller encodes it in UTF-8 and flushes it
	 */
	public CsvWriter(Writer out) {
		this.out = out;
	}

	/**
	 * Writes the byte-order mark; call it once, before the first row.
	 */
	public void start() {
		write("\uFEFF");
	}

	/**
	 * Writes one row.
	 * @param cells the cells, {@code null} for an empty cell
	 */
	public void row(List<String> cells) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				line.append(SEPARATOR);
			}
			line.append(cell(cells.get(i)));
		}
		write(line.append("\r\n").toString());
	}

	/**
	 * One cell as written: guarded against formulas and quoted when needed.
	 * @param value the cell text, possibly {@code null}
	 * @return the text to put between separators
	 */
	public static String cell(String value) {
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
