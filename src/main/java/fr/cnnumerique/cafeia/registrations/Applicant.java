package fr.cnnumerique.cafeia.registrations;

import java.util.Locale;

/**
 * Someone registering, as checked by the form.
 *
 * @param firstName first name or pseudonym
 * @param email e-mail address
 * @param places places wanted, companions included, 1 to 4
 * @param needs accessibility needs, possibly {@code null}
 * @param accountId the account of a logged-in person, {@code null} otherwise
 * @param locale the language of the mails
 */
record Applicant(String firstName, String email, int places, String needs, Long accountId, Locale locale) {

}
