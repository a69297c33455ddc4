package fr.cnnumerique.cafeia.bench;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * Resources module: library items shared by generated facilitators, as links (metadata
 * only, no file: the schema allows an item with an external address and no version). Nine
 * in ten are approved and have their {@code library_item_published} row, the only one the
 * public library reads; the others wait for moderation.
 */
final class LibraryPart implements DatasetPart {

	static final int DEFAULT = 2_000;

	@Override
	public String name() {
		return "library";
	}

	@Override
	public void fill(Dataset dataset) throws SQLException {
		SplittableRandom random = dataset.random(name());
		int n = dataset.scaled(DEFAULT);
		long first = dataset.reserveIds("library_item", n);
		String columns = "title, summary, description, kind, themes, audiences, duration_minutes, level, language, "
				+ "authors, organisation, external_url, licence, no_derivatives";
		CopyRows items = new CopyRows("library_item",
				"id, " + columns + ", moderation_state, downloads, created_by, created_at, updated_at");
		CopyRows published = new CopyRows("library_item_published",
				"id, " + columns + ", draft_version, approved_at, updated_at");
		for (int i = 0; i < n; i++) {
			long id = first + i;
			String title = Dataset.pick(random, Words.RESOURCE_TITLES);
			if (random.nextBoolean()) {
				title = title + " (" + (1 + random.nextInt(40)) + ")";
			}
			String authors = Dataset.pick(random, Words.FIRST_NAMES) + " " + Dataset.pick(random, Words.LAST_NAMES);
			Object[] content = { title, Dataset.pick(random, Words.RESOURCE_SUMMARIES),
					"Cette ressource propose un déroulé, des consignes et des exemples. "
							+ "Elle a été testée lors de cafés IA et peut être adaptée librement selon sa licence.",
					Dataset.pick(random, Words.RESOURCE_KINDS), Dataset.some(random, Words.THEMES, 2),
					Dataset.some(random, Words.AUDIENCES, 2), 30 + 15 * random.nextInt(7),
					Dataset.pick(random, Words.LEVELS), (random.nextInt(10) == 0) ? "en" : "fr", authors,
					Dataset.pick(random, Words.ORGANISATIONS), "https://ressources.cafeia.example/" + id,
					Dataset.pick(random, Words.LICENCES), false };
			boolean isPublished = random.nextInt(10) != 0;
			Instant created = dataset.now()
				.minus(1 + random.nextInt(700), ChronoUnit.DAYS)
				.minusSeconds(random.nextInt(86_400));
			items.add(VenuesPart.row(new Object[] { id }, content, isPublished ? "PUBLISHED" : "PENDING",
					random.nextInt(500), Dataset.pick(random, dataset.facilitators), created, created));
			if (isPublished) {
				published.add(VenuesPart.row(new Object[] { id }, content, 0, created, created));
			}
		}
		dataset.count("library items", items.copy(dataset.connection()));
		dataset.count("library items published", published.copy(dataset.connection()));
	}

}
