package fr.cnnumerique.cafeia.events;

import java.util.Optional;

import fr.cnnumerique.cafeia.events.management.EventRecords;

import org.springframework.stereotype.Service;

/**
 * Cafés for other modules: registrations, feedback reports, the venue directory and the
 * reports read cafés here, by id.
 */
@Service
public class EventCalendar {

	private final EventRecords records;

	EventCalendar(EventRecords records) {
		this.records = records;
	}

	/**
	 * A café as the public sees it.
	 * @param eventId the café id
	 * @return the café with its last approved texts; empty unless it is published or
	 * cancelled
	 */
	public Optional<EventSummary> findPublic(long eventId) {
		return this.records.findPublic(eventId);
	}

	/**
	 * A café whatever its status, for checks such as "is this account one of its
	 * facilitators".
	 * @param eventId the café id
	 * @return the café as its organisers last saved it, empty if unknown
	 */
	public Optional<EventSummary> find(long eventId) {
		return this.records.find(eventId);
	}

}
