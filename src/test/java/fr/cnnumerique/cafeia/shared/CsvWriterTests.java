package fr.cnnumerique.cafeia.shared;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTests {

	@Test
	void startsWithAByteOrderMarkAndEndsLinesWithCrLf() {
		StringWriter out = new StringWriter();
		CsvWriter csv = new CsvWriter(out);
		csv.start();
		csv.row(List.of("a", "b"));
		csv.row(Arrays.asList("", null, "c"));
		assertThat(out.toString()).isEqualTo("\uFEFFa;b\r\n;;c\r\n");
	}

	@Test
	void quotesCellsHoldingSeparatorsQuotesOrLineBreaks() {
		assertThat(CsvWriter.cell("un; deux")).isEqualTo("\"un; deux\"");
		assertThat(CsvWriter.cell("un, deux")).isEqualTo("\"un, deux\"");
		assertThat(CsvWriter.cell("dit \"non\"")).isEqualTo("\"dit \"\"non\"\"\"");
		assertThat(CsvWriter.cell("ligne\nsuivante")).isEqualTo("\"ligne\nsuivante\"");
		assertThat(CsvWriter.cell(" espace")).isEqualTo("\" espace\"");
		assertThat(CsvWriter.cell("simple")).isEqualTo("simple");
	}

	@Test
	void neutralisesCellsASpreadsheetWouldRunAsFormulas() {
		assertThat(CsvWriter.cell("=1+1")).isEqualTo("'=1+1");
		assertThat(CsvWriter.cell("+33")).isEqualTo("'+33");
		assertThat(CsvWriter.cell("-2")).isEqualTo("'-2");
		assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvWriter.cell("\t=1")).isEqualTo("'\t=1");
		assertThat(CsvWriter.cell("=A1;B1")).isEqualTo("\"'=A1;B1\"");
		assertThat(CsvWriter.cell("a=b")).isEqualTo("a=b");
	}

}
