package fr.cnnumerique.cafeia.events.management;

import java.util.Optional;

import fr.cnnumerique.cafeia.events.EventSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single cafés by id, for the module's API and its public pages. Internal to the events
 * module despite being public: other modules use
 * {@link fr.cnnumerique.cafeia.events.EventCalendar}.
 */
@Service
public class EventRecords {

	/**
	 * The content type cafés are submitted under to the moderation queue, which visitor
	 * reports ({@code /signaler?type=&id=}) must name.
	 */
	public static final String CONTENT_TYPE = "event";

	private final EventRepository events;

	EventRecords(EventRepository events) {
		this.events = events;
	}

	/**
	 * A café as the public sees it.
	 * @param id the café id
	 * @return the café with its last approved texts, empty unless published or cancelled
	 */
	@Transactional(readOnly = true)
	public Optional<EventSummary> findPublic(long id) {
		return this.events.findById(id).filter((e) -> e.getStatus().isPublic()).map((e) -> e.toSummary(true));
	}

	/**
	 * A café as the public sees it, with the details of its page.
	 * @param id the café id
	 * @return the café with its last approved texts, empty unless published or cancelled
	 */
	@Transactional(readOnly = true)
	public Optional<EventDetails> findPublicDetails(long id) {
		return this.events.findById(id)
			.filter((e) -> e.getStatus().isPublic())
			.map((e) -> new EventDetails(e.toSummary(true), e.getPublishedDescription(), e.getLanguage(),
					e.getAccessibilityNotes(), e.isFreeOfCharge(), e.getPriceDetails(), e.getCancellationMessage(),
					e.getUpdatedAt()));
	}

	/**
	 * A café whatever its status, as its organisers last saved it.
	 * @param id the café id
	 * @return the café, empty if unknown
	 */
	@Transactional(readOnly = true)
	public Optional<EventSummary> find(long id) {
		return this.events.findById(id).map((e) -> e.toSummary(false));
	}

}
