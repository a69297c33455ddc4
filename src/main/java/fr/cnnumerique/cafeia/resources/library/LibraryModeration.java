package fr.cnnumerique.cafeia.resources.library;

import java.util.Optional;

import fr.cnnumerique.cafeia.moderation.ChangesRequested;
import fr.cnnumerique.cafeia.moderation.ContentApproved;
import fr.cnnumerique.cafeia.moderation.ContentRejected;
import fr.cnnumerique.cafeia.moderation.ContentUnpublished;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Applies moderation decisions to library items. Each listener sets a state rather than
 * toggling one, so a decision delivered twice changes nothing:
 * <ul>
 * <li>approved: the draft is copied over the public version, and every version of its
 * files becomes public;</li>
 * <li>changes requested: the public keeps the last approved version, unless that is the
 * very version sent back (a trusted author's, published at once), which is removed;</li>
 * <li>rejected, or unpublished by staff: the public version is removed until an edit is
 * approved.</li>
 * </ul>
 */
@Component
class LibraryModeration {

	private final LibraryStore store;

	LibraryModeration(LibraryStore store) {
		this.store = store;
	}

	@ApplicationModuleListener
	void on(ContentApproved event) {
		itemId(event.contentType(), event.contentId()).filter(this::isNotWithdrawn).ifPresent(this.store::publish);
	}

	@ApplicationModuleListener
	void on(ContentRejected event) {
		itemId(event.contentType(), event.contentId()).ifPresent((id) -> this.store.unpublish(id, "REJECTED"));
	}

	@ApplicationModuleListener
	void on(ChangesRequested event) {
		itemId(event.contentType(), event.contentId()).ifPresent((id) -> {
			Optional<Long> published = this.store.publishedDraftVersion(id);
			if (published.isPresent() && published.equals(this.store.draftVersion(id))) {
				this.store.unpublish(id, "CHANGES_REQUESTED");
			}
			else {
				this.store.state(id, "CHANGES_REQUESTED");
			}
		});
	}

	@ApplicationModuleListener
	void on(ContentUnpublished event) {
		itemId(event.contentType(), event.contentId()).ifPresent((id) -> this.store.unpublish(id, "UNPUBLISHED"));
	}

	private boolean isNotWithdrawn(long id) {
		return this.store.draft(id).filter((item) -> !"WITHDRAWN".equals(item.moderationState())).isPresent();
	}

	private static Optional<Long> itemId(String type, String id) {
		if (!LibraryEditor.CONTENT_TYPE.equals(type) || id == null || !id.matches("[0-9]{1,18}")) {
			return Optional.empty();
		}
		return Optional.of(Long.valueOf(id));
	}

}
