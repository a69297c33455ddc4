package fr.cnnumerique.cafeia.registrations.facilitator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A message of the facilitators to the registrants of their café, in plain text.
 *
 * @param subject what the message is about, at most 120 characters
 * @param message the text, at most 2000 characters; line breaks are kept
 * @param recipients {@code confirmed} for confirmed registrations only, {@code all} to
 * include the waiting list
 */
record MessageForm(
		@NotBlank(message = "{registrations.facilitator.message.subject.required}") @Size(max = 120,
				message = "{registrations.facilitator.message.subject.too-long}") String subject,
		@NotBlank(message = "{registrations.facilitator.message.text.required}") @Size(max = 2000,
				message = "{registrations.facilitator.message.text.too-long}") String message,
		@NotNull(message = "{registrations.facilitator.message.recipients.required}") @Pattern(regexp = "confirmed|all",
				message = "{registrations.facilitator.message.recipients.required}") String recipients) {

	static final String CONFIRMED = "confirmed";

	static final String ALL = "all";

	static MessageForm empty() {
		return new MessageForm("", "", CONFIRMED);
	}

	boolean withWaiting() {
		return ALL.equals(this.recipients);
	}

}
