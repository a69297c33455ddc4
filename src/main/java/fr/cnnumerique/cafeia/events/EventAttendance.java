package fr.cnnumerique.cafeia.events;

import java.util.Collection;
import java.util.Map;

/**
 * Places taken at cafés that take registrations on the portal, provided by the module
 * that handles registrations. When no bean implements it, every place is shown as free.
 */
public interface EventAttendance {

	/**
	 * Places taken (confirmed registrations, companions included) for some cafés.
	 * @param eventIds ids of cafés, possibly empty
	 * @return places taken by café id; a café without registrations may be absent
	 */
	Map<Long, Integer> placesTaken(Collection<Long> eventIds);

}
