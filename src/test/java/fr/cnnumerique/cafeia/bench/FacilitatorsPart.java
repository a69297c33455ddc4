package fr.cnnumerique.cafeia.bench;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Accounts module and directory module (facilitators): verified facilitator accounts,
 * each with a profile placed in a commune drawn by population and, when opted in, its
 * approved listing (what the public directory reads). Accounts have no password: nobody
 * logs in with them.
 */
final class FacilitatorsPart implements DatasetPart {

	static final int DEFAULT = 3_000;

	@Override
	public String name() {
		return "facilitators";
	}

	@Override
	public void fill(Dataset dataset) throws SQLException {
		SplittableRandom random = dataset.random(name());
		int n = dataset.scaled(DEFAULT);
		long firstAccount = dataset.reserveIds("account", n);
		long firstProfile = dataset.reserveIds("facilitator_profile", n);
		CopyRows accounts = new CopyRows("account",
				"id, display_name, email, status, email_verified_at, locale, created_at, updated_at");
		CopyRows roles = new CopyRows("account_role", "account_id, role");
		String profileColumns = "name, bio, commune_insee, commune_name, postal_code, departement_code, departement_name, "
				+ "region_code, region_name, latitude, longitude, organisation, themes, audiences, languages, in_person, "
				+ "online, travel_km, looking_for_venue";
		CopyRows profiles = new CopyRows("facilitator_profile",
				"id, account_id, " + profileColumns + ", opted_in, suspended, created_at, updated_at");
		CopyRows listings = new CopyRows("facilitator_listing",
				"profile_id, " + profileColumns + ", version_text, approved_at, created_at, updated_at");
		for (int i = 0; i < n; i++) {
			long account = firstAccount + i;
			long profile = firstProfile + i;
			String name = Dataset.pick(random, Words.FIRST_NAMES) + " " + Dataset.pick(random, Words.LAST_NAMES);
			Instant created = dataset.now()
				.minus(30 + random.nextInt(700), ChronoUnit.DAYS)
				.minusSeconds(random.nextInt(86_400));
			accounts.add(account, name, "animateur-%06d@bench.cafeia.example".formatted(account), "ACTIVE", created,
					"fr", created, created);
			roles.add(account, "FACILITATOR");
			Commune commune = dataset.commune(random);
			String organisation = Dataset.pick(random, Words.ORGANISATIONS) + " " + commune.name();
			if (organisation.length() > 120) {
				organisation = organisation.substring(0, 120);
			}
			List<String> languages = new ArrayList<>(List.of("fr"));
			if (random.nextInt(4) == 0) {
				languages.add(Dataset.pick(random, List.of("en", "es", "de", "ar", "br", "oc", "co")));
			}
			boolean inPerson = random.nextInt(10) != 0;
			boolean online = !inPerson || random.nextInt(3) == 0;
			Object[] content = { name,
					"J’anime des cafés IA à " + commune.name() + " : des échanges simples et ouverts à toutes et tous.",
					commune.inseeCode(), commune.name(), commune.postalCode(), commune.departementCode(),
					commune.departementName(), commune.regionCode(), commune.regionName(), commune.latitude(),
					commune.longitude(), organisation, Dataset.some(random, Words.THEMES, 3),
					Dataset.some(random, Words.AUDIENCES, 2), languages, inPerson, online, 10 * random.nextInt(11),
					random.nextInt(5) == 0 };
			boolean optedIn = random.nextInt(20) != 0;
			profiles.add(VenuesPart.row(new Object[] { profile, account }, content, optedIn, false, created, created));
			if (optedIn) {
				listings
					.add(VenuesPart.row(new Object[] { profile }, content, "Nom : " + name, created, created, created));
			}
			dataset.facilitators.add(account);
		}
		dataset.count("accounts", accounts.copy(dataset.connection()));
		roles.copy(dataset.connection());
		dataset.count("facilitator profiles", profiles.copy(dataset.connection()));
		dataset.count("facilitator listings", listings.copy(dataset.connection()));
	}

}
