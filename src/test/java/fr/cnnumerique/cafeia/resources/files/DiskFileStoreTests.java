package fr.cnnumerique.cafeia.resources.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Files are stored under generated names with their SHA-256, and nothing is left behind
 * by a file too large or a transaction rolled back.
 */
class DiskFileStoreTests {

	@TempDir
	Path directory;

	DiskFileStore store() {
		return new DiskFileStore(new FilesProperties(this.directory, DataSize.ofMegabytes(1)));
	}

	long files() throws IOException {
		try (Stream<Path> paths = Files.walk(this.directory)) {
			return paths.filter(Files::isRegularFile).count();
		}
	}

	@Test
	void storesUnderAGeneratedNameWithItsChecksum() throws IOException, NoSuchAlgorithmException {
		byte[] content = "Déroulé d'un café IA".getBytes(StandardCharsets.UTF_8);
		StoredFile stored = store().store(new ByteArrayInputStream(content), 1000);
		assertThat(stored.key()).matches("[0-9a-f]{32}");
		assertThat(stored.size()).isEqualTo(content.length);
		assertThat(stored.sha256())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
		try (InputStream in = store().open(stored.key()).orElseThrow().getInputStream()) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
		assertThat(store().open("../../etc/passwd")).isEmpty();
		store().delete(stored.key());
		assertThat(store().open(stored.key())).isEmpty();
	}

	@Test
	void keepsNothingOfAFileTooLarge() throws IOException {
		assertThatThrownBy(() -> store().store(new ByteArrayInputStream(new byte[2000]), 1000))
			.isInstanceOf(FileTooLargeException.class);
		assertThat(files()).isZero();
	}

	@Test
	void deletesTheFileWhenTheTransactionRollsBack() throws IOException {
		TransactionSynchronizationManager.initSynchronization();
		try {
			StoredFile stored = store().store(new ByteArrayInputStream(new byte[] { 1, 2, 3 }), 1000);
			assertThat(store().open(stored.key())).isPresent();
			TransactionSynchronizationManager.getSynchronizations()
				.forEach((sync) -> sync.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
			assertThat(store().open(stored.key())).isEmpty();
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
		assertThat(files()).isZero();
	}

}
