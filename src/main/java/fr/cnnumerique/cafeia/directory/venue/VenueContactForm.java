package fr.cnnumerique.cafeia.directory.venue;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A message to the managers of a venue as posted, with the public-form guard's two
 * fields.
 */
record VenueContactForm(
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
	static final String ADDRESS = "[^@\\s\\p{Cntrl}<>,;\"]+@[^@\\s\\p{Cntrl}<>,;\"]+\\.[^@\\s\\p{Cntrl}<>,;\"]+";

	VenueContactForm {
		senderName = (senderName != null) ? senderName.strip().replaceAll("\\s+", " ") : null;
		senderEmail = (senderEmail != null) ? senderEmail.strip() : null;
		message = (message != null) ? message.strip().replace("\r\n", "\n") : null;
	}

	static VenueContactForm empty() {
		return new VenueContactForm(null, null, null, null, null);
	}

}
