package fr.cnnumerique.cafeia.moderation.users;

/**
 * An action the rules forbid (a forged role name, a change to one's own account); nothing
 * was written. Carries the key of the message to show.
 */
class UserActionRefusedException extends RuntimeException {

	private final String messageKey;

	UserActionRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return this.messageKey;
	}

}
