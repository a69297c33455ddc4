package fr.cnnumerique.cafeia.registrations;

import java.util.Collection;
import java.util.Map;

import fr.cnnumerique.cafeia.events.EventAttendance;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places taken by confirmed registrations, for the lists of cafés: one statement for a
 * whole list.
 */
@Component
class PlacesTaken implements EventAttendance {

	private final RegistrationStore store;

	PlacesTaken(RegistrationStore store) {
		this.store = store;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Integer> placesTaken(Collection<Long> eventIds) {
		return this.store.placesTaken(eventIds);
	}

}
