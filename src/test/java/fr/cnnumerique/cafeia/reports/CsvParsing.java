package fr.cnnumerique.cafeia.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CSV the portal writes (semicolons, CRLF, RFC 4180 quotes), as a reuser would.
 */
final class CsvParsing {

	private CsvParsing() {
	}

	static List<List<String>> parse(String text) {
		List<List<String>> lines = new ArrayList<>();
		List<String> line = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ';') {
				line.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\r') {
				continue;
			}
			else if (c == '\n') {
				line.add(cell.toString());
				cell.setLength(0);
				lines.add(line);
				line = new ArrayList<>();
			}
			else {
				cell.append(c);
			}
		}
		return lines;
	}

}
