package fr.cnnumerique.cafeia.resources.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.Tika;

import org.springframework.stereotype.Component;

/**
 * The types of file the library accepts, decided from the content and checked against the
 * extension. Tika's content-only detection is used on purpose: detection helped by the
 * name would take a plain ZIP archive named {@code .docx} for a Word document. Anything
 * else (executables, scripts, HTML, SVG, archives) is refused.
 */
@Component
public class FileTypes {

	private static final String OOXML = "application/x-tika-ooxml";

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

	private static final String ODT = "application/vnd.oasis.opendocument.text";

	private static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";

	private static final String ODP = "application/vnd.oasis.opendocument.presentation";

	/** By extension: the type served, then the types the content may be detected as. */
	private static final Map<String, List<String>> ALLOWED = Map.ofEntries(
			Map.entry("pdf", List.of("application/pdf", "application/pdf")), Map.entry("odt", List.of(ODT, ODT)),
			Map.entry("ods", List.of(ODS, ODS)), Map.entry("odp", List.of(ODP, ODP)),
			Map.entry("docx", List.of(DOCX, OOXML, DOCX)), Map.entry("xlsx", List.of(XLSX, OOXML, XLSX)),
			Map.entry("pptx", List.of(PPTX, OOXML, PPTX)), Map.entry("png", List.of("image/png", "image/png")),
			Map.entry("jpg", List.of("image/jpeg", "image/jpeg")),
			Map.entry("jpeg", List.of("image/jpeg", "image/jpeg")),
			Map.entry("webp", List.of("image/webp", "image/webp")),
			Map.entry("mp4", List.of("video/mp4", "video/mp4", "application/mp4")),
			Map.entry("txt", List.of("text/plain;charset=UTF-8", "text/plain")),
			Map.entry("md", List.of("text/markdown;charset=UTF-8", "text/plain")));

	/** The extensions offered in the form's hint and {@code accept} attribute. */
	public static final List<String> EXTENSIONS = List.of("pdf", "odt", "ods", "odp", "docx", "xlsx", "pptx", "png",
			"jpg", "jpeg", "webp", "mp4", "txt", "md");

	private static final Set<String> TEXT = Set.of("txt", "md");

	private final Tika tika = new Tika();

	/**
	 * Decides whether a file may be stored.
	 * @param originalName the name the author gave, for its extension
	 * @param content the content, read from its start (not closed)
	 * @return the type to serve the file with, or the reason for refusing it
	 * @throws IOException if the content cannot be read
	 */
	public Verdict check(String originalName, InputStream content) throws IOException {
		String extension = extension(originalName).orElse("");
		List<String> allowed = ALLOWED.get(extension);
		if (allowed == null) {
			return Verdict.refused("extension");
		}
		BufferedInputStream buffered = new BufferedInputStream(content);
		buffered.mark(1);
		if (buffered.read() == -1) {
			return Verdict.refused("empty");
		}
		buffered.reset();
		String detected = this.tika.detect(buffered);
		if (!allowed.subList(1, allowed.size()).contains(detected)) {
			return Verdict.refused("mismatch");
		}
		if (TEXT.contains(extension) && !isUtf8(buffered)) {
			return Verdict.refused("mismatch");
		}
		return Verdict.accepted(allowed.get(0));
	}

	private static boolean isUtf8(InputStream content) throws IOException {
		int limit = 1024 * 1024;
		byte[] head = content.readNBytes(limit);
		// a longer file is cut at the limit, maybe inside a character: only the whole
		// file's
		// end must be a complete character
		boolean wholeFile = head.length < limit;
		java.nio.charset.CoderResult result = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
			.onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
			.decode(java.nio.ByteBuffer.wrap(head), java.nio.CharBuffer.allocate(head.length), wholeFile);
		return !result.isError();
	}

	/**
	 * The lowercase extension of a file name.
	 * @param name a file name, possibly {@code null}
	 * @return the extension without its dot, empty when there is none
	 */
	public static Optional<String> extension(String name) {
		if (name == null) {
			return Optional.empty();
		}
		int dot = name.lastIndexOf('.');
		if (dot < 0 || dot == name.length() - 1) {
			return Optional.empty();
		}
		return Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	/**
	 * What {@link #check} decided.
	 *
	 * @param mediaType the type to serve the file with, {@code null} when refused
	 * @param refusal {@code extension} (not in the allowlist), {@code empty}, or
	 * {@code mismatch} (the content is not what the extension says), {@code null} when
	 * accepted
	 */
	public record Verdict(String mediaType, String refusal) {

		static Verdict accepted(String mediaType) {
			return new Verdict(mediaType, null);
		}

		static Verdict refused(String reason) {
			return new Verdict(null, reason);
		}

		/**
		 * Whether the file may be stored.
		 * @return {@code true} when accepted
		 */
		public boolean isAccepted() {
			return this.mediaType != null;
		}

	}

}
