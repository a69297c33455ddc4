package fr.cnnumerique.cafeia.resources.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import org.springframework.core.io.Resource;

/**
 * Where uploaded files live, outside the web root. The default adapter keeps them on disk
 * ({@link DiskFileStore}); a shared volume or an S3-compatible store can take its place
 * for several nodes.
 */
public interface FileStore {

	/**
	 * Stores a file under a generated name. When a transaction is active, the file is
	 * deleted again if that transaction does not commit, so a failed submission leaves
	 * nothing behind.
	 * @param content the content, read to its end but not closed
	 * @param maxBytes the largest size accepted
	 * @return the stored file with its key, size and SHA-256
	 * @throws FileTooLargeException if the content is longer than {@code maxBytes}
	 * (nothing is kept)
	 * @throws IOException if the file cannot be written (nothing is kept)
	 */
	StoredFile store(InputStream content, long maxBytes) throws IOException;

	/**
	 * Opens a stored file.
	 * @param key the key {@link #store} returned
	 * @return the file, empty if there is none with this key
	 */
	Optional<Resource> open(String key);

	/**
	 * Deletes a stored file; does nothing for an unknown key.
	 * @param key the key {@link #store} returned
	 */
	void delete(String key);

}
