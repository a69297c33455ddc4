package fr.cnnumerique.cafeia.resources.files;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where uploaded files are kept and how large they may be.
 *
 * @param directory the directory of the disk file store, created when missing
 * @param maxSize the largest file accepted;
 * {@code spring.servlet.multipart.max-file-size} follows it
 */
@ConfigurationProperties("cafeia.files")
public record FilesProperties(@DefaultValue("./data/files") Path directory, @DefaultValue("50MB") DataSize maxSize) {

	/**
	 * The size limit in whole megabytes, for messages.
	 * @return the limit in megabytes, at least 1
	 */
	public long maxSizeMegabytes() {
		return Math.max(1, this.maxSize.toMegabytes());
	}

}
