package fr.cnnumerique.cafeia.resources.library;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import fr.cnnumerique.cafeia.accounts.CurrentAccount;
import fr.cnnumerique.cafeia.resources.files.FileStore;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Downloads: always as attachments under the name the author gave, with the type decided
 * from the content and {@code nosniff}, so that no file is ever rendered by the browser
 * as part of the site. Range requests are answered by Spring's resource handling (partial
 * content), which lets videos be resumed or streamed. Anyone may download the public
 * versions of a published item; the author and staff also the others, to review them.
 * Each download (not a {@code HEAD}) that starts at the beginning of a file adds one to
 * the item's count, and nothing else is recorded.
 */
@Controller
class DownloadController {

	private final LibraryStore store;

	private final FileStore files;

	private final LibraryEditor editor;

	DownloadController(LibraryStore store, FileStore files, LibraryEditor editor) {
		this.store = store;
		this.files = files;
		this.editor = editor;
	}

	@GetMapping("/ressources/{id:\\d+}/fichiers/{fileId:\\d+}")
	ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long fileId,
			@RequestHeader(name = HttpHeaders.RANGE, required = false) String range, HttpServletRequest request,
			@AuthenticationPrincipal CurrentAccount account) {
		LibraryStore.FileOfItem found = this.store.file(fileId)
			.filter((candidate) -> candidate.itemId() == id)
			.orElseThrow(() -> new ItemNotFoundException(fileId));
		boolean visible = found.isPublic() && this.store.published(id).isPresent();
		if (!visible
				&& !(account != null && (LibraryEditor.isStaff(account) || this.store.isAuthor(id, account.id())))) {
			throw new ItemNotFoundException(fileId);
		}
		Resource content = this.files.open(found.file().storageKey())
			.orElseThrow(() -> new ItemNotFoundException(fileId));
		if ("GET".equals(request.getMethod()) && (range == null || range.startsWith("bytes=0-"))) {
			this.editor.countDownload(id);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(found.file().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(found.file().originalName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.ACCEPT_RANGES, "bytes")
			.cacheControl(CacheControl.noCache())
			.body(content);
	}

}
