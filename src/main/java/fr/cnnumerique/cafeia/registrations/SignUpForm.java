package fr.cnnumerique.cafeia.registrations;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The sign-up form of a café, as posted, with the public-form guard's two fields.
 *
 * @param prenom first name or pseudonym
 * @param email where the confirmation goes
 * @param places places wanted, 1 to 4 (companions)
 * @param besoins accessibility needs, optional
 * @param accord acknowledgement of the data notice; a box left unticked sends nothing,
 * hence an object (a missing primitive fails the binding and the page)
 * @param website the honeypot field
 * @param formToken the signed time the form was shown
 */
record SignUpForm(
		@NotBlank(message = "{registrations.form.first-name.required}") @Size(max = 60,
				message = "{registrations.form.first-name.too-long}") @Pattern(regexp = "[^<>]*",
						message = "{registrations.form.no-html}") String prenom,
		@NotBlank(message = "{registrations.form.email.required}") @Email(
				message = "{registrations.form.email.invalid}") @Pattern(regexp = ADDRESS,
						message = "{registrations.form.email.invalid}") @Size(max = 254,
								message = "{registrations.form.email.invalid}") String email,
		@NotNull(message = "{registrations.form.places.required}") @Min(value = 1,
				message = "{registrations.form.places.range}") @Max(value = 4,
						message = "{registrations.form.places.range}") Integer places,
		@Size(max = 500, message = "{registrations.form.needs.too-long}") @Pattern(regexp = "[^<>]*",
				message = "{registrations.form.no-html}") String besoins,
		@NotNull(message = "{registrations.form.consent.required}") @AssertTrue(
				message = "{registrations.form.consent.required}") Boolean accord,
		String website, String formToken) {

	/** One plain address: no spaces, quotes or lists. */
	static final String ADDRESS = "[^@\\s\\p{Cntrl}<>,;\"]+@[^@\\s\\p{Cntrl}<>,;\"]+\\.[^@\\s\\p{Cntrl}<>,;\"]+";

	SignUpForm {
		prenom = (prenom != null) ? prenom.strip().replaceAll("\\s+", " ") : null;
		email = (email != null) ? email.strip() : null;
		besoins = (besoins != null && !besoins.isBlank()) ? besoins.strip().replace("\r\n", "\n") : null;
	}

	static SignUpForm empty(String firstName, String email) {
		return new SignUpForm(firstName, email, 1, null, false, null, null);
	}

}
