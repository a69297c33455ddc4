package fr.cnnumerique.cafeia.resources.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Files on disk under {@code cafeia.files.directory}, each under a random name in a
 * sub-directory named after its first two characters (so that no directory grows too
 * large). A file is written to a temporary name first and moved into place once complete,
 * so a half-written file never has a key.
 */
@Component
class DiskFileStore implements FileStore {

	private static final Logger log = LoggerFactory.getLogger(DiskFileStore.class);

	private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

	private static final int BUFFER = 64 * 1024;

	private final Path directory;

	DiskFileStore(FilesProperties properties) {
		this.directory = properties.directory().toAbsolutePath().normalize();
	}

	@Override
	public StoredFile store(InputStream content, long maxBytes) throws IOException {
		String key = UUID.randomUUID().toString().replace("-", "");
		Path target = path(key);
		Files.createDirectories(target.getParent());
		Path partial = target.resolveSibling(key + ".part");
		MessageDigest digest = sha256();
		long size = 0;
		try (OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), digest)) {
			byte[] buffer = new byte[BUFFER];
			int read;
			while ((read = content.read(buffer)) != -1) {
				size += read;
				if (size > maxBytes) {
					throw new FileTooLargeException(maxBytes);
				}
				out.write(buffer, 0, read);
			}
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(partial);
			throw ex;
		}
		Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		deleteOnRollback(key);
		return new StoredFile(key, size, HexFormat.of().formatHex(digest.digest()));
	}

	@Override
	public Optional<Resource> open(String key) {
		if (key == null || !KEY.matcher(key).matches()) {
			return Optional.empty();
		}
		Path path = path(key);
		return Files.isRegularFile(path) ? Optional.of(new FileSystemResource(path)) : Optional.empty();
	}

	@Override
	public void delete(String key) {
		if (key == null || !KEY.matcher(key).matches()) {
			return;
		}
		try {
			Files.deleteIfExists(path(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void deleteOnRollback(String key) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					try {
						delete(key);
					}
					catch (UncheckedIOException ex) {
						log.warn("Could not delete file {} of a rolled back submission", key, ex);
					}
				}
			}
		});
	}

	private Path path(String key) {
		return this.directory.resolve(key.substring(0, 2)).resolve(key);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
