package fr.cnnumerique.cafeia.events.management;

import java.util.List;
import java.util.function.Consumer;

import fr.cnnumerique.cafeia.moderation.ChangesRequested;
import fr.cnnumerique.cafeia.moderation.ContentApproved;
import fr.cnnumerique.cafeia.moderation.ContentRejected;
import fr.cnnumerique.cafeia.moderation.ContentUnpublished;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Applies moderation decisions to cafés: a decision about a {@code cafe} concerns that
 * café; one about a {@code cafe-series} concerns the cafés of the series that wait for
 * moderation.
 * <p>
 * A refusal or a request for changes of texts waiting for moderation sends them back: a
 * published café keeps its last approved texts. When nothing waits, the decision is an
 * after-the-fact review of texts a trusted author published at once, and takes them off
 * the public pages. Each step sets a state, so a decision delivered twice changes
 * nothing.
 */
@Component
class EventModeration {

	private final EventRepository events;

	EventModeration(EventRepository events) {
		this.events = events;
	}

	@ApplicationModuleListener
	void on(ContentApproved decision) {
		apply(decision.contentType(), decision.contentId(), (cafes) -> cafes.forEach(Event::approved));
	}

	@ApplicationModuleListener
	void on(ContentRejected decision) {
		apply(decision.contentType(), decision.contentId(), (cafes) -> sendBack(cafes, ModerationState.REJECTED));
	}

	@ApplicationModuleListener
	void on(ChangesRequested decision) {
		apply(decision.contentType(), decision.contentId(),
				(cafes) -> sendBack(cafes, ModerationState.CHANGES_REQUESTED));
	}

	@ApplicationModuleListener
	void on(ContentUnpublished decision) {
		apply(decision.contentType(), decision.contentId(), (cafes) -> cafes.forEach((event) -> {
			if (event.getModerationState() != ModerationState.UNPUBLISHED) {
				event.unpublished();
			}
		}));
	}

	private static void sendBack(List<Event> cafes, ModerationState state) {
		List<Event> pending = cafes.stream()
			.filter((event) -> event.getModerationState() == ModerationState.PENDING)
			.toList();
		if (!pending.isEmpty()) {
			pending.forEach((event) -> event.sentBack(state));
			return;
		}
		cafes.stream().filter((event) -> event.getModerationState() == ModerationState.APPROVED).forEach((event) -> {
			event.unpublished();
			event.sentBack(state);
		});
	}

	private void apply(String type, String id, Consumer<List<Event>> decision) {
		if (id == null || !id.matches("[0-9]{1,18}")) {
			return;
		}
		long key = Long.parseLong(id);
		if (EventEditor.CAFE.equals(type)) {
			this.events.findById(key).ifPresent((event) -> decision.accept(List.of(event)));
		}
		else if (EventEditor.SERIES.equals(type)) {
			decision.accept(this.events.findBySeries(key));
		}
	}

}
