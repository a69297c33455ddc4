package fr.cnnumerique.cafeia.resources.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import fr.cnnumerique.cafeia.accounts.CurrentAccount;
import fr.cnnumerique.cafeia.accounts.Role;
import fr.cnnumerique.cafeia.moderation.ModerationQueue;
import fr.cnnumerique.cafeia.moderation.Submission;
import fr.cnnumerique.cafeia.resources.files.FileStore;
import fr.cnnumerique.cafeia.resources.files.FilesProperties;
import fr.cnnumerique.cafeia.resources.files.StoredFile;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves library items and their files for their authors and submits every save to the
 * moderation queue, in one transaction: an item is never stored without its submission,
 * and the files of a submission that fails are deleted with its rollback.
 */
@Service
class LibraryEditor {

	static final String CONTENT_TYPE = "resource";

	private static final int EXCERPT_LENGTH = 200;

	private final LibraryStore store;

	private final FileStore files;

	private final FilesProperties properties;

	private final ModerationQueue queue;

	LibraryEditor(LibraryStore store, FileStore files, FilesProperties properties, ModerationQueue queue) {
		this.store = store;
		this.files = files;
		this.properties = properties;
		this.queue = queue;
	}

	/**
	 * Stores a new item, with its first version when it comes with a file, and submits
	 * it.
	 * @param upload the file, {@code null} for an item that is an external link
	 */
	@Transactional
	long create(LibraryItem item, Upload upload, long authorId) {
		long id = this.store.insert(item, authorId);
		if (upload != null) {
			addVersion(id, upload, null);
		}
		submit(id, authorId);
		return id;
	}

	/**
	 * Saves a new version of the draft's fields and re-submits it; the public keeps the
	 * last approved version until the moderators decide.
	 * @return {@code false} if someone saved the item since the editor loaded it
	 */
	@Transactional
	boolean update(long id, LibraryItem item, long authorId) {
		if (!this.store.update(id, item)) {
			return false;
		}
		submit(id, authorId);
		return true;
	}

	/**
	 * Adds a new version of the files with its change note and re-submits the item;
	 * earlier versions stay downloadable.
	 */
	@Transactional
	void newVersion(long id, Upload upload, String changeNote, long authorId) {
		addVersion(id, upload, changeNote);
		this.store.touch(id);
		submit(id, authorId);
	}

	/**
	 * Takes an item off the public library at its author's request and withdraws it from
	 * the queue; a later edit submits it again.
	 */
	@Transactional
	void withdraw(long id) {
		this.store.unpublish(id, "WITHDRAWN");
		this.queue.withdraw(CONTENT_TYPE, Long.toString(id));
	}

	/** Adds one download to the item's count, and records nothing else. */
	@Transactional
	void countDownload(long itemId) {
		this.store.countDownload(itemId);
	}

	@Transactional(readOnly = true)
	Optional<LibraryItem> draft(long id) {
		return this.store.draft(id);
	}

	@Transactional(readOnly = true)
	List<LibraryItem> byAuthor(long accountId) {
		return this.store.byAuthor(accountId);
	}

	@Transactional(readOnly = true)
	List<ItemVersion> versions(long id) {
		return this.store.versions(id, false);
	}

	/** The author of the item and staff (moderators, administrators) may edit it. */
	@Transactional(readOnly = true)
	boolean canEdit(long itemId, CurrentAccount account) {
		return isStaff(account) || this.store.isAuthor(itemId, account.id());
	}

	/**
	 * The draft of an item its author or a staff member is about to change.
	 * @throws ItemNotFoundException if there is no such item
	 * @throws NotAuthorException if the account may not change it
	 */
	@Transactional(readOnly = true)
	LibraryItem editable(long id, CurrentAccount account) {
		LibraryItem item = this.store.draft(id).orElseThrow(() -> new ItemNotFoundException(id));
		if (!canEdit(id, account)) {
			throw new NotAuthorException(id, account.id());
		}
		return item;
	}

	static boolean isStaff(CurrentAccount account) {
		return account != null && account.getAuthorities()
			.stream()
			.anyMatch((authority) -> authority.getAuthority().equals(Role.MODERATOR.authority())
					|| authority.getAuthority().equals(Role.ADMIN.authority()));
	}

	private void addVersion(long id, Upload upload, String changeNote) {
		ItemVersion version = this.store.addVersion(id, changeNote);
		StoredFile stored;
		try (InputStream content = upload.content().getInputStream()) {
			stored = this.files.store(content, this.properties.maxSize().toBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.store.addFile(version.id(), stored, upload.originalName(), upload.mediaType());
	}

	private void submit(long id, long authorId) {
		LibraryItem item = this.store.draft(id).orElseThrow();
		List<ItemVersion> versions = this.store.versions(id, false);
		int latest = versions.isEmpty() ? 0 : versions.get(0).number();
		String names = versions.isEmpty() ? ""
				: String.join(", ", versions.get(0).files().stream().map(ItemVersion.ItemFile::originalName).toList());
		String excerpt = item.summary();
		if (excerpt.length() > EXCERPT_LENGTH) {
			excerpt = excerpt.substring(0, EXCERPT_LENGTH);
		}
		// the creator stays the author (and gets the decision) when staff edit the item
		this.queue.submit(new Submission(CONTENT_TYPE, Long.toString(id), item.title(), item.createdBy(),
				item.publicPath(), excerpt, item.versionText(latest, names)));
	}

}
