package fr.cnnumerique.cafeia.events.management;

import java.util.List;

import fr.cnnumerique.cafeia.events.EventKind;
import fr.cnnumerique.cafeia.events.EventStatus;
import fr.cnnumerique.cafeia.events.EventSummary;

/**
 * A café as its edit, duplicate and cancel pages read it.
 *
 * @param id the café id
 * @param title its title as last saved
 * @param status where it stands
 * @param moderationState the last moderation step of its texts
 * @param seriesId its series, {@code null} for a single café
 * @param seriesPosition its rank in the series, {@code null} for a single café
 * @param followingCount how many cafés "this one and the following ones" covers (1 for a
 * single café)
 * @param past whether it has started
 * @param version its version, for optimistic locking
 * @param venueId its venue, {@code null} online
 * @param themes its theme codes
 * @param audiences its audience codes
 * @param kind its kind
 * @param form the edit form filled from it
 * @param duplicate the creation form filled from it one week later
 * @param summary the café as last saved
 */
record ManagedEvent(long id, String title, EventStatus status, ModerationState moderationState, Long seriesId,
		Integer seriesPosition, int followingCount, boolean past, long version, Long venueId, List<String> themes,
		List<String> audiences, EventKind kind, EventForm form, EventForm duplicate, EventSummary summary) {

	/** Whether the edit form may be shown: cancelled and past cafés are history. */
	public boolean editable() {
		return !this.past && this.status != EventStatus.CANCELLED;
	}

	public boolean inSeries() {
		return this.seriesId != null;
	}

}
