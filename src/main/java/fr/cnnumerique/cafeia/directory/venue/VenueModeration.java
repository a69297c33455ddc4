package fr.cnnumerique.cafeia.directory.venue;

import fr.cnnumerique.cafeia.moderation.ChangesRequested;
import fr.cnnumerique.cafeia.moderation.ContentApproved;
import fr.cnnumerique.cafeia.moderation.ContentRejected;
import fr.cnnumerique.cafeia.moderation.ContentUnpublished;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Applies moderation decisions to venues. An approval copies the draft over the public
 * version; any other decision takes the venue off the public directory. Each listener
 * sets a state rather than toggling one, so a decision delivered twice changes nothing.
 */
@Component
class VenueModeration {

	private final VenueStore store;

	VenueModeration(VenueStore store) {
		this.store = store;
	}

	@ApplicationModuleListener
	void on(ContentApproved event) {
		venueId(event.contentType(), event.contentId()).ifPresent(this.store::publish);
	}

	@ApplicationModuleListener
	void on(ContentRejected event) {
		venueId(event.contentType(), event.contentId()).ifPresent((id) -> this.store.unpublish(id, "REJECTED"));
	}

	@ApplicationModuleListener
	void on(ChangesRequested event) {
		venueId(event.contentType(), event.contentId())
			.ifPresent((id) -> this.store.unpublish(id, "CHANGES_REQUESTED"));
	}

	@ApplicationModuleListener
	void on(ContentUnpublished event) {
		venueId(event.contentType(), event.contentId()).ifPresent((id) -> this.store.unpublish(id, "UNPUBLISHED"));
	}

	private static java.util.Optional<Long> venueId(String type, String id) {
		if (!VenueEditor.CONTENT_TYPE.equals(type) || id == null || !id.matches("[0-9]{1,18}")) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(Long.valueOf(id));
	}

}
