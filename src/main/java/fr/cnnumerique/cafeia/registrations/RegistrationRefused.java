package fr.cnnumerique.cafeia.registrations;

/**
 * A registration or change that cannot be made; nothing was stored.
 */
class RegistrationRefused extends RuntimeException {

	/**
	 * Why: each reason has a French message {@code registrations.refused.<reason>}.
	 */
	enum Reason {

		/** The café is unknown, not public, or does not take registrations here. */
		NOT_OPEN,

		/** The café was cancelled. */
		CANCELLED,

		/** The café has started, or its facilitators closed registrations. */
		CLOSED,

		/** No place left and no waiting list. */
		FULL,

		/** More places than are left, for a confirmed registration that grows. */
		NOT_ENOUGH_PLACES

	}

	private final Reason reason;

	RegistrationRefused(Reason reason) {
		super("Registration refused: " + reason);
		this.reason = reason;
	}

	Reason reason() {
		return this.reason;
	}

	String messageKey() {
		return "registrations.refused." + this.reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
