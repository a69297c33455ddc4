package fr.cnnumerique.cafeia.moderation.queue;

import org.springframework.http.HttpStatus;

/**
 * A staff action that cannot be taken, with the message key that tells why and the HTTP
 * status that fits. Thrown before any write, or after a write the transaction rolls back.
 */
class ModerationException extends RuntimeException {

	private final String messageKey;

	private final HttpStatus status;

	ModerationException(String messageKey, HttpStatus status) {
		super(messageKey);
		this.messageKey = messageKey;
		this.status = status;
	}

	static ModerationException notFound() {
		return new ModerationException("moderation.error.not-found", HttpStatus.NOT_FOUND);
	}

	static ModerationException ownContent() {
		return new ModerationException("moderation.error.own-content", HttpStatus.FORBIDDEN);
	}

	static ModerationException conflict(String messageKey) {
		return new ModerationException(messageKey, HttpStatus.CONFLICT);
	}

	String messageKey() {
		return this.messageKey;
	}

	HttpStatus status() {
		return this.status;
	}

}
