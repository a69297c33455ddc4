package fr.cnnumerique.cafeia.directory;

import java.util.List;

/**
 * What is coming up at a venue, provided by the module that holds cafés (the directory
 * cannot depend on it, it depends on the directory). When no bean implements it, venue
 * pages list nothing.
 */
public interface VenueActivity {

	/**
	 * Public events not yet over at a venue, soonest first.
	 * @param venueId the venue id
	 * @param limit the most events to return, at least 1
	 * @return the events, possibly empty
	 */
	List<VenueEvent> upcomingAt(long venueId, int limit);

}
