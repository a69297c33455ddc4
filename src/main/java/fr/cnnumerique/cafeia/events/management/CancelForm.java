package fr.cnnumerique.cafeia.events.management;

import jakarta.validation.constraints.Size;

/**
 * The cancel page as posted: a message for the participants, the scope within a series,
 * and the version seen.
 */
record CancelForm(@Size(max = 1000, message = "{events.management.cancel.message.too-long}") String message,
		String scope, Long version) {

	CancelForm {
		message = (message != null) ? message.strip().replace("\r\n", "\n") : "";
		scope = EventForm.SCOPE_FOLLOWING.equals(scope) ? EventForm.SCOPE_FOLLOWING : EventForm.SCOPE_ONE;
	}

	boolean following() {
		return EventForm.SCOPE_FOLLOWING.equals(this.scope);
	}

}
