package fr.cnnumerique.cafeia.bench;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

import fr.cnnumerique.cafeia.events.management.EventZones;
import fr.cnnumerique.cafeia.shared.Slugs;

/**
 * Events module: cafés over two years around the reference day (a year back, a year
 * ahead). A tenth belong to recurring series (weekly, every two weeks or monthly), a
 * fifth are online, a few hybrid, the others at a published venue, whose place they copy
 * as the events module does. Mostly published with approved texts ({@code published_*},
 * what the public reads); some cancelled, some drafts. Half take registrations on the
 * portal, with a capacity.
 */
final class CafesPart implements DatasetPart {

	static final int DEFAULT = 20_000;

	private static final List<LocalTime> STARTS = List.of(LocalTime.of(10, 0), LocalTime.of(14, 30),
			LocalTime.of(18, 0), LocalTime.of(18, 30), LocalTime.of(19, 0));

	private static final String COLUMNS = "id, series_id, series_position, kind, title, summary, description, "
			+ "published_title, published_summary, published_description, slug, format, venue_id, venue_name, street, "
			+ "postal_code, insee_code, commune_name, departement_code, region_code, latitude, longitude, online_url, "
			+ "starts_at, ends_at, time_zone, capacity, registration, registration_url, themes, audiences, "
			+ "organiser_id, co_facilitator_ids, status, moderation_state, cancellation_message, cancelled_at, "
			+ "sequence, created_at, updated_at";

	@Override
	public String name() {
		return "cafes";
	}

	@Override
	public void fill(Dataset dataset) throws SQLException {
		SplittableRandom random = dataset.random(name());
		List<Dataset.Venue> venues = dataset.venues.stream().filter(Dataset.Venue::published).toList();
		int n = dataset.scaled(DEFAULT);
		int inSeries = n / 10;
		long first = dataset.reserveIds("event", n);
		CopyRows events = new CopyRows("event", COLUMNS);
		CopyRows series = new CopyRows("event_series", "id, frequency, first_date, occurrence_count, start_time, "
				+ "end_time, time_zone, organiser_id, created_at");
		int written = 0;
		// series first: each a rule and its occurrences, up to a tenth of the cafés
		int seriesCount = Math.max(1, inSeries / 8);
		long firstSeries = dataset.reserveIds("event_series", seriesCount);
		for (int s = 0; s < seriesCount && written < n; s++) {
			long seriesId = firstSeries + s;
			int occurrences = (s == seriesCount - 1) ? Math.max(1, inSeries - written) : 4 + random.nextInt(9);
			occurrences = Math.min(Math.min(occurrences, 104), n - written);
			String frequency = Dataset.pick(random, List.of("WEEKLY", "BIWEEKLY", "MONTHLY"));
			int step = switch (frequency) {
				case "WEEKLY" -> 7;
				case "BIWEEKLY" -> 14;
				default -> 28;
			};
			Place place = place(random, venues, dataset);
			ZoneId zone = place.zone();
			LocalDate firstDate = dataset.today().plusDays(random.nextInt(730) - 365 - occurrences * step / 2);
			LocalTime start = Dataset.pick(random, STARTS);
			Instant created = firstDate.atStartOfDay(zone).toInstant().minus(20, ChronoUnit.DAYS);
			series.add(seriesId, frequency, firstDate, occurrences, start, start.plusMinutes(90), zone.getId(),
					place.organiser(), min(created, dataset.now()));
			String title = "Le rendez-vous IA "
					+ ((place.venue() != null) ? "à " + place.venue().commune().name() : "en ligne") + " : "
					+ Dataset.pick(random, Words.CAFE_TITLES);
			Common common = common(random, dataset);
			for (int position = 1; position <= occurrences; position++) {
				LocalDate date = firstDate.plusDays((long) (position - 1) * step);
				event(events, first + written, seriesId, position, title, place, date, start, common, random, dataset);
				written++;
			}
		}
		while (written < n) {
			Place place = place(random, venues, dataset);
			LocalDate date = dataset.today().plusDays(random.nextInt(731) - 365);
			event(events, first + written, null, null, Dataset.pick(random, Words.CAFE_TITLES), place, date,
					Dataset.pick(random, STARTS), common(random, dataset), random, dataset);
			written++;
		}
		dataset.count("cafe series", series.copy(dataset.connection()));
		dataset.count("cafes", events.copy(dataset.connection()));
	}

	/** Where a café takes place: a fifth online, a few hybrid, the rest at a venue. */
	private Place place(SplittableRandom random, List<Dataset.Venue> venues, Dataset dataset) {
		int draw = random.nextInt(20);
		if (draw < 4 || venues.isEmpty()) {
			return new Place(null, Dataset.pick(random, dataset.facilitators), "ONLINE", EventZones.PARIS);
		}
		Dataset.Venue venue = Dataset.pick(random, venues);
		return new Place(venue, venue.owner(), (draw == 4) ? "HYBRID" : "IN_PERSON",
				EventZones.of(venue.commune().departementCode()));
	}

	private Common common(SplittableRandom random, Dataset dataset) {
		int draw = random.nextInt(20);
		String registration = (draw < 10) ? "PORTAL" : (draw < 13) ? "EXTERNAL" : "NONE";
		Integer capacity = "PORTAL".equals(registration) ? 12 + random.nextInt(29) : null;
		List<Long> coFacilitators = (random.nextInt(7) == 0) ? List.of(Dataset.pick(random, dataset.facilitators))
				: List.of();
		return new Common(Dataset.pick(random, Words.CAFE_SUMMARIES), registration, capacity,
				Dataset.some(random, Words.THEMES, 2), Dataset.some(random, Words.AUDIENCES, 2), coFacilitators);
	}

	private void event(CopyRows events, long id, Long seriesId, Integer position, String title, Place place,
			LocalDate date, LocalTime start, Common common, SplittableRandom random, Dataset dataset) {
		ZoneId zone = place.zone();
		Instant startsAt = date.atTime(start).atZone(zone).toInstant();
		Instant endsAt = startsAt.plus(90, ChronoUnit.MINUTES);
		int draw = random.nextInt(100);
		String status = (draw < 3) ? "DRAFT" : (draw < 7) ? "CANCELLED" : "PUBLISHED";
		boolean isPublic = !"DRAFT".equals(status);
		boolean cancelled = "CANCELLED".equals(status);
		Instant created = min(startsAt.minus(10 + random.nextInt(60), ChronoUnit.DAYS), dataset.now());
		Dataset.Venue venue = place.venue();
		Commune commune = (venue != null) ? venue.commune() : null;
		String onlineUrl = "IN_PERSON".equals(place.format()) ? null : "https://visio.cafeia.example/cafe-" + id;
		String summary = common.summary();
		events.add(id, seriesId, position, "CAFE_IA", title, summary, Words.CAFE_DESCRIPTION, isPublic ? title : null,
				isPublic ? summary : null, isPublic ? Words.CAFE_DESCRIPTION : null, Slugs.of(title, 80, "cafe-ia"),
				place.format(), (venue != null) ? venue.id() : null, (venue != null) ? venue.name() : null,
				(venue != null) ? venue.street() : null, (commune != null) ? commune.postalCode() : null,
				(commune != null) ? commune.inseeCode() : null, (commune != null) ? commune.name() : null,
				(commune != null) ? commune.departementCode() : null, (commune != null) ? commune.regionCode() : null,
				(venue != null) ? venue.latitude() : null, (venue != null) ? venue.longitude() : null, onlineUrl,
				startsAt, endsAt, zone.getId(), common.capacity(), common.registration(),
				"EXTERNAL".equals(common.registration()) ? "https://billetterie.cafeia.example/" + id : null,
				common.themes(), common.audiences(), place.organiser(), common.coFacilitators(), status,
				isPublic ? "APPROVED" : "NONE",
				cancelled ? "Le café est annulé : l’équipe d’animation est indisponible." : null,
				cancelled ? min(startsAt.minus(2, ChronoUnit.DAYS), dataset.now()) : null, cancelled ? 1 : 0, created,
				created);
		dataset.cafes.add(new Dataset.Cafe(id, startsAt, endsAt, status, "PORTAL".equals(common.registration()),
				common.capacity(), date, place.format(), place.organiser(), commune, title, common.themes(),
				common.audiences()));
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private record Place(Dataset.Venue venue, long organiser, String format, ZoneId zone) {
	}

	private record Common(String summary, String registration, Integer capacity, List<String> themes,
			List<String> audiences, List<Long> coFacilitators) {
	}

}
