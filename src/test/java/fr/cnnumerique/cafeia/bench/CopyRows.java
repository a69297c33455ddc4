package fr.cnnumerique.cafeia.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

import org.postgresql.PGConnection;

/**
 * Rows of one table in PostgreSQL's COPY text format, sent in one {@code COPY ... FROM
 * STDIN}. COPY writes the values given for identity columns (as {@code OVERRIDING SYSTEM
 * VALUE} would), so parts reserve their ids first ({@link Dataset#reserveIds}) and link
 * rows in memory.
 */
final class CopyRows {

	private final String table;

	private final String columns;

	private final StringBuilder text = new StringBuilder(1 << 16);

	private int count;

	CopyRows(String table, String columns) {
		this.table = table;
		this.columns = columns;
	}

	void add(Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				this.text.append('\t');
			}
			append(values[i]);
		}
		this.text.append('\n');
		this.count++;
	}

	int count() {
		return this.count;
	}

	/** Sends the rows, returns how many were written. */
	long copy(Connection connection) throws SQLException {
		if (this.count == 0) {
			return 0;
		}
		try {
			return connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY " + this.table + " (" + this.columns + ") FROM STDIN",
						new StringReader(this.text.toString()));
		}
		catch (java.io.IOException ex) {
			throw new SQLException("COPY into " + this.table + " failed", ex);
		}
	}

	private void append(Object value) {
		if (value == null) {
			this.text.append("\\N");
		}
		else if (value instanceof Boolean bool) {
			this.text.append(bool ? 't' : 'f');
		}
		else if (value instanceof Collection<?> list) {
			StringBuilder array = new StringBuilder("{");
			for (Object element : list) {
				if (array.length() > 1) {
					array.append(',');
				}
				array.append('"').append(element.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
			}
			escape(array.append('}'));
		}
		else {
			escape(value.toString());
		}
	}

	private void escape(CharSequence value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> this.text.append("\\\\");
				case '\t' -> this.text.append("\\t");
				case '\n' -> this.text.append("\\n");
				case '\r' -> this.text.append("\\r");
				default -> this.text.append(c);
			}
		}
	}

}
