package fr.cnnumerique.cafeia.directory.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A message relayed to a facilitator or to the managers of a venue, as posted, with the
 * public-form guard's two fields. Shared by both relays so their rules cannot drift.
 *
 * @param senderName who writes
 * @param senderEmail where to answer; one plain address, fit for a Reply-To header
 * @param message the text, at most 2,000 characters
 * @param website the honeypot field
 * @param formToken the signed time the form was shown
 */
public record ContactForm(
		@NotBlank(message = "{directory.contact.name.required}") @Size(max = 100,
				message = "{directory.contact.name.too-long}") String senderName,
		@NotBlank(message = "{directory.contact.email.required}") @Email(
				message = "{directory.contact.email.invalid}") @Pattern(regexp = ADDRESS,
						message = "{directory.contact.email.invalid}") @Size(max = 254,
								message = "{directory.contact.email.invalid}") String senderEmail,
		@NotBlank(message = "{directory.contact.message.required}") @Size(max = 2000,
				message = "{directory.contact.message.too-long}") String message,
		String website, String formToken) {

	/** One plain address, fit for a Reply-To header: no spaces, quotes or lists. */
	public static final String ADDRESS = "[^@\\s\\p{Cntrl}<>,;\"]+@[^@\\s\\p{Cntrl}<>,;\"]+\\.[^@\\s\\p{Cntrl}<>,;\"]+";

	public ContactForm {
		senderName = (senderName != null) ? senderName.strip().replaceAll("\\s+", " ") : null;
		senderEmail = (senderEmail != null) ? senderEmail.strip() : null;
		message = (message != null) ? message.strip().replace("\r\n", "\n") : null;
	}

	public static ContactForm empty() {
		return new ContactForm(null, null, null, null, null);
	}

}
