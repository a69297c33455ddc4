package fr.cnnumerique.cafeia.registrations;

import java.time.Instant;
import java.util.Locale;

/**
 * A registration as stored. Personal fields are {@code null} once erased.
 *
 * @param id the registration id
 * @param eventId the café
 * @param token the secret of the manage link, {@code null} once erased
 * @param firstName first name or pseudonym
 * @param email e-mail address
 * @param places places taken or wanted
 * @param needs accessibility needs
 * @param accountId the account of the person, if they were logged in
 * @param locale the language of the mails
 * @param status where it stands
 * @param attended whether the person came, {@code null} until marked
 * @param createdAt when the person registered
 */
record Registration(long id, long eventId, String token, String firstName, String email, int places, String needs,
		Long accountId, Locale locale, RegistrationStatus status, Boolean attended, Instant createdAt) {

	public String managePath() {
		return "/inscriptions/" + this.token;
	}

}
