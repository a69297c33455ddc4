package fr.cnnumerique.cafeia.resources.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The type of a file is decided by its content and must match its extension.
 */
class FileTypesTests {

	final FileTypes types = new FileTypes();

	FileTypes.Verdict check(String name, byte[] content) throws IOException {
		return this.types.check(name, new ByteArrayInputStream(content));
	}

	static byte[] pdf() {
		return "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] zip(String first, String content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(first));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	@Test
	void acceptsAllowedTypesByTheirContent() throws IOException {
		assertThat(check("guide.pdf", pdf()).mediaType()).isEqualTo("application/pdf");
		assertThat(check("Déroulé.TXT", "Bonjour, éthique".getBytes(StandardCharsets.UTF_8)).mediaType())
			.isEqualTo("text/plain;charset=UTF-8");
		assertThat(check("fiche.md", "# Titre\n\n- point\n".getBytes(StandardCharsets.UTF_8)).mediaType())
			.isEqualTo("text/markdown;charset=UTF-8");
		assertThat(check("quiz.docx",
				zip("[Content_Types].xml",
						"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"))
			.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(check("image.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 })
			.mediaType()).isEqualTo("image/png");
	}

	@Test
	void acceptsALongFrenchTextWhateverCharacterTheFirstMegabyteEndsIn() throws IOException {
		byte[] prefix = "Déroulé du café. ".repeat(70_000).getBytes(StandardCharsets.UTF_8);
		byte[] text = java.util.Arrays.copyOf(prefix, 1024 * 1024 + 100);
		// put an "é" (two bytes) across the one-megabyte mark
		byte[] e = "é".getBytes(StandardCharsets.UTF_8);
		text[1024 * 1024 - 1] = e[0];
		text[1024 * 1024] = e[1];
		for (int i = 1024 * 1024 + 1; i < text.length; i++) {
			text[i] = 'a';
		}
		assertThat(check("long.txt", text).mediaType()).startsWith("text/plain");
		byte[] cut = java.util.Arrays.copyOf(text, 1024 * 100 + 1);
		cut[cut.length - 1] = e[0];
		assertThat(check("coupe.txt", cut).refusal()).isEqualTo("mismatch");
	}

	@Test
	void refusesContentThatDoesNotMatchItsExtension() throws IOException {
		assertThat(check("quiz.docx", zip("notes.txt", "une archive")).refusal()).isEqualTo("mismatch");
		assertThat(check("page.txt", "<!DOCTYPE html><html><body>x</body></html>".getBytes(StandardCharsets.UTF_8))
			.refusal()).isEqualTo("mismatch");
		assertThat(check("script.txt", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8)).refusal())
			.isEqualTo("mismatch");
		assertThat(check("faux.pdf", new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 }).refusal())
			.isEqualTo("mismatch");
		assertThat(check("image.png", pdf()).refusal()).isEqualTo("mismatch");
		assertThat(check("latin1.txt", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)).refusal())
			.isEqualTo("mismatch");
	}

	@Test
	void refusesDangerousFormatsAndEmptyFiles() throws IOException {
		assertThat(check("dessin.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes()).refusal())
			.isEqualTo("extension");
		assertThat(check("page.html", "<html></html>".getBytes()).refusal()).isEqualTo("extension");
		assertThat(check("outil.exe", new byte[] { 'M', 'Z' }).refusal()).isEqualTo("extension");
		assertThat(check("kit.zip", zip("a.txt", "a")).refusal()).isEqualTo("extension");
		assertThat(check("sans-extension", pdf()).refusal()).isEqualTo("extension");
		assertThat(check("vide.pdf", new byte[0]).refusal()).isEqualTo("empty");
	}

}
