package fr.cnnumerique.cafeia.events.page;

import java.time.Instant;
import java.util.List;

import fr.cnnumerique.cafeia.directory.VenueActivity;
import fr.cnnumerique.cafeia.directory.VenueEvent;
import fr.cnnumerique.cafeia.events.EventStatus;

import org.springframework.stereotype.Component;

/**
 * Lists the cafés coming up at a venue on its directory page, in one statement.
 */
@Component
class VenueCafes implements VenueActivity {

	private final PublicCafes cafes;

	VenueCafes(PublicCafes cafes) {
		this.cafes = cafes;
	}

	@Override
	public List<VenueEvent> upcomingAt(long venueId, int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be at least 1, was " + limit);
		}
		return this.cafes.upcomingAt(venueId, limit, Instant.now())
			.stream()
			.map((e) -> new VenueEvent(e.title(), e.startsAt(), e.endsAt(), e.publicPath(),
					e.status() == EventStatus.CANCELLED))
			.toList();
	}

}
