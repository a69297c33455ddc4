package fr.cnnumerique.cafeia.bench;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Registrations module: sign-ups to the public cafés that take them on the portal, never
 * over capacity (a sign-up that does not fit waits), some cancelled. As the retention job
 * would have done, personal data of registrations past their retention (90 days after the
 * café, at the café's end for the waiting list, 7 days after a cancellation) is erased;
 * registrants of cafés already started were reminded, and most came.
 */
final class RegistrationsPart implements DatasetPart {

	static final int DEFAULT = 60_000;

	private static final Duration RETENTION = Duration.ofDays(90);

	private static final Duration CANCELLED_RETENTION = Duration.ofDays(7);

	private static final char[] TOKEN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
		.toCharArray();

	@Override
	public String name() {
		return "registrations";
	}

	@Override
	public void fill(Dataset dataset) throws SQLException {
		SplittableRandom random = dataset.random(name());
		List<Dataset.Cafe> cafes = dataset.cafes.stream()
			.filter((cafe) -> cafe.portal() && !"DRAFT".equals(cafe.status()))
			.toList();
		if (cafes.isEmpty()) {
			return;
		}
		int n = dataset.scaled(DEFAULT);
		long first = dataset.reserveIds("registration", n);
		Instant now = dataset.now();
		Map<Long, Integer> taken = new HashMap<>();
		CopyRows registrations = new CopyRows("registration", "id, event_id, token, first_name, email, places, "
				+ "locale, status, attended, reminded_at, cancelled_at, erased_at, created_at, updated_at");
		for (int i = 0; i < n; i++) {
			long id = first + i;
			Dataset.Cafe cafe = Dataset.pick(random, cafes);
			int places = (random.nextInt(10) < 8) ? 1 : 2 + random.nextInt(2);
			Instant created = cafe.startsAt().minus(1 + random.nextInt(30 * 24), ChronoUnit.HOURS);
			if (created.isAfter(now)) {
				created = now.minus(random.nextInt(30 * 24), ChronoUnit.HOURS);
			}
			String status;
			if (random.nextInt(12) == 0) {
				status = "CANCELLED";
			}
			else if (taken.getOrDefault(cafe.id(), 0) + places <= cafe.capacity()) {
				status = "CONFIRMED";
				taken.merge(cafe.id(), places, Integer::sum);
			}
			else {
				status = "WAITING";
			}
			boolean started = cafe.startsAt().isBefore(now);
			boolean ended = cafe.endsAt().isBefore(now);
			Instant cancelledAt = "CANCELLED".equals(status)
					? min(created.plus(1 + random.nextInt(72), ChronoUnit.HOURS), cafe.startsAt()) : null;
			Instant erasedAt = null;
			if ("CONFIRMED".equals(status) && cafe.endsAt().plus(RETENTION).isBefore(now)) {
				erasedAt = cafe.endsAt().plus(RETENTION);
			}
			else if ("WAITING".equals(status) && ended) {
				erasedAt = cafe.endsAt();
			}
			else if (cancelledAt != null && (cancelledAt.plus(CANCELLED_RETENTION).isBefore(now) || ended)) {
				erasedAt = min(cancelledAt.plus(CANCELLED_RETENTION), cafe.endsAt());
			}
			boolean erased = erasedAt != null;
			boolean confirmed = "CONFIRMED".equals(status);
			registrations.add(id, cafe.id(), erased ? null : token(random),
					erased ? null : Dataset.pick(random, Words.FIRST_NAMES),
					erased ? null : "inscrit-%07d@bench.cafeia.example".formatted(id), places, "fr", status,
					(confirmed && ended) ? random.nextInt(10) < 8 : null,
					(confirmed && started) ? cafe.startsAt().minus(1, ChronoUnit.DAYS) : null, cancelledAt, erasedAt,
					created, erased ? erasedAt : (cancelledAt != null) ? cancelledAt : created);
			taken.putIfAbsent(cafe.id(), 0);
		}
		CopyRows events = new CopyRows("registration_event", "event_id, waiting_list, starts_at, ends_at, cancelled");
		for (Dataset.Cafe cafe : cafes) {
			if (taken.containsKey(cafe.id())) {
				events.add(cafe.id(), true, cafe.startsAt(), cafe.endsAt(), "CANCELLED".equals(cafe.status()));
			}
		}
		dataset.count("cafes taking registrations", events.copy(dataset.connection()));
		dataset.count("registrations", registrations.copy(dataset.connection()));
	}

	private static String token(SplittableRandom random) {
		char[] token = new char[32];
		for (int i = 0; i < token.length; i++) {
			token[i] = TOKEN[random.nextInt(TOKEN.length)];
		}
		return new String(token);
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
