package fr.cnnumerique.cafeia.registrations.facilitator;

import java.time.Instant;

/**
 * A confirmed or waiting registration whose personal data is still there, as the
 * facilitators see it.
 *
 * @param id the registration id
 * @param status {@code CONFIRMED} or {@code WAITING}
 * @param firstName first name or pseudonym
 * @param email e-mail address
 * @param places places taken or wanted, companions included
 * @param needs accessibility needs, {@code null} if none
 * @param attended whether the person came, {@code null} until marked
 * @param registeredAt when the person registered
 */
record Registrant(long id, String status, String firstName, String email, int places, String needs, Boolean attended,
		Instant registeredAt) {

	static final String CONFIRMED = "CONFIRMED";

	static final String WAITING = "WAITING";

	public boolean confirmed() {
		return CONFIRMED.equals(this.status);
	}

	public boolean present() {
		return Boolean.TRUE.equals(this.attended);
	}

}
