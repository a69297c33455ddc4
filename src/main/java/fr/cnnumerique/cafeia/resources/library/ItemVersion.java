package fr.cnnumerique.cafeia.resources.library;

import java.time.Instant;
import java.util.List;

/**
 * One upload of files of an item, numbered from 1.
 *
 * @param isPublic whether an approval covered it
 */
record ItemVersion(long id, long itemId, int number, String changeNote, boolean isPublic, Instant createdAt,
		List<ItemFile> files) {

	/**
	 * A stored file of a version.
	 *
	 * @param storageKey the {@code FileStore} key
	 * @param originalName the name the author gave, kept for downloads
	 */
	record ItemFile(long id, long versionId, String storageKey, String originalName, String mediaType, long size,
			String sha256) {

		/** The size in megabytes, for people. */
		public double megabytes() {
			return this.size / (1024.0 * 1024.0);
		}

	}

}
