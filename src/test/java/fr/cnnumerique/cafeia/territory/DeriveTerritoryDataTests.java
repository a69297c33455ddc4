package fr.cnnumerique.cafeia.territory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shipped files are exactly what the committed script derives from the reference
 * data, so anyone can check and redo the derivation.
 */
class DeriveTerritoryDataTests {

	private static final Path SOURCE = Path.of("../shared/data/france");

	private static final Path SHIPPED = Path.of("src/main/resources/territory");

	@Test
	void shippedFilesAreTheOutputOfTheScript(@TempDir Path target) throws Exception {
		assumeTrue(Files.isRegularFile(SOURCE.resolve("communes.csv")), "reference data beside the project");
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), "scripts/DeriveTerritoryData.java", SOURCE.toString(),
				target.toString())
			.redirectErrorStream(true)
			.redirectOutput(target.resolve("output.txt").toFile())
			.start();
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as(Files.readString(target.resolve("output.txt"))).isZero();
		for (String name : new String[] { "regions.tsv.gz", "departements.tsv.gz", "communes.tsv.gz",
				"aliases.tsv.gz" }) {
			assertThat(bytes(target.resolve(name))).as(name).isEqualTo(bytes(SHIPPED.resolve(name)));
		}
		assertThat(Files.size(SHIPPED.resolve("communes.tsv.gz"))).isLessThan(800_000);
	}

	/** Content, not gzip bytes: another zlib may compress the same text differently. */
	private static byte[] bytes(Path file) throws IOException {
		try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
			return in.readAllBytes();
		}
	}

}
