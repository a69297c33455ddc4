package fr.cnnumerique.cafeia.bench;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * Directory module (venues): venues in communes drawn by population, overseas included,
 * spread a few kilometres around the commune centre, each owned by a generated
 * facilitator. Nineteen in twenty are approved: their {@code venue_published} row is what
 * the public directory, the map and the cafés read; the others wait in draft.
 */
final class VenuesPart implements DatasetPart {

	static final int DEFAULT = 5_000;

	@Override
	public String name() {
		return "venues";
	}

	@Override
	public void fill(Dataset dataset) throws SQLException {
		SplittableRandom random = dataset.random(name());
		int n = dataset.scaled(DEFAULT);
		long first = dataset.reserveIds("venue", n);
		String columns = "name, type, street, postal_code, insee_code, commune_name, latitude, longitude, step_free, "
				+ "adapted_toilets, hearing_loop, other_access, capacity, website, description, organisation, ready_to_host";
		CopyRows venues = new CopyRows("venue",
				"id, " + columns + ", moderation_state, created_by, created_at, updated_at");
		CopyRows published = new CopyRows("venue_published", "id, " + columns + ", approved_at, updated_at");
		CopyRows managers = new CopyRows("venue_manager", "venue_id, account_id, role, created_at");
		for (int i = 0; i < n; i++) {
			long id = first + i;
			Commune commune = dataset.commune(random);
			long owner = Dataset.pick(random, dataset.facilitators);
			String name = Dataset.pick(random, Words.VENUE_PREFIXES) + " " + commune.name();
			if (random.nextInt(3) == 0) {
				name = name + " " + (1 + random.nextInt(9));
			}
			name = (name.length() > 120) ? name.substring(0, 120) : name;
			String street = (1 + random.nextInt(120)) + " " + Dataset.pick(random, Words.STREETS);
			double latitude = clamp(commune.latitude() + (random.nextDouble() - 0.5) * 0.03, 90);
			double longitude = clamp(commune.longitude() + (random.nextDouble() - 0.5) * 0.04, 180);
			boolean isPublished = random.nextInt(20) != 0;
			Instant created = dataset.now().minus(60 + random.nextInt(700), ChronoUnit.DAYS);
			Object[] content = { name, Dataset.pick(random, Words.VENUE_TYPES), street, commune.postalCode(),
					commune.inseeCode(), commune.name(), latitude, longitude, random.nextInt(4) != 0,
					random.nextInt(3) == 0, random.nextInt(8) == 0, random.nextInt(10) == 0, 15 + random.nextInt(136),
					"https://lieux.cafeia.example/" + id,
					"Un lieu ouvert à toutes et tous, qui accueille des cafés IA à " + commune.name() + ".",
					Dataset.pick(random, Words.ORGANISATIONS), random.nextInt(5) < 3 };
			venues
				.add(row(new Object[] { id }, content, isPublished ? "PUBLISHED" : "PENDING", owner, created, created));
			if (isPublished) {
				published.add(row(new Object[] { id }, content, created, created));
			}
			managers.add(id, owner, "OWNER", created);
			dataset.venues.add(new Dataset.Venue(id, owner, isPublished, name, street, commune, latitude, longitude));
		}
		dataset.count("venues", venues.copy(dataset.connection()));
		dataset.count("venues published", published.copy(dataset.connection()));
		managers.copy(dataset.connection());
	}

	private static double clamp(double value, double limit) {
		return Math.max(-limit, Math.min(limit, value));
	}

	static Object[] row(Object[] head, Object[] content, Object... tail) {
		Object[] row = new Object[head.length + content.length + tail.length];
		System.arraycopy(head, 0, row, 0, head.length);
		System.arraycopy(content, 0, row, head.length, content.length);
		System.arraycopy(tail, 0, row, head.length + content.length, tail.length);
		return row;
	}

}
