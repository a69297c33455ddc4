package fr.cnnumerique.cafeia.directory.contact;

import java.time.Duration;

import fr.cnnumerique.cafeia.shared.PublicFormGuard;
import fr.cnnumerique.cafeia.shared.PublicFormGuard.Verdict;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * The checks every contact relay of the directory makes before a message leaves: the
 * honeypot (a robot gets the usual confirmation and nothing is sent), the minimum fill
 * time and the signed token (the form comes back with a message), the field errors, then
 * at most {@value #PER_IP_PER_HOUR} messages an hour from one address.
 */
@Component
public class ContactRelay {

	public static final int PER_IP_PER_HOUR = 5;

	private final PublicFormGuard guard;

	public ContactRelay(PublicFormGuard guard) {
		this.guard = guard;
	}

	/**
	 * What to do with a posted message.
	 */
	public enum Outcome {

		/** Send it. */
		SEND,
		/** A robot filled the honeypot: answer as if sent, send nothing. */
		DROP,
		/** Show the form again (status 400) with its errors. */
		SHOW_FORM,
		/** Too many messages from this address: answer 429. */
		TOO_MANY

	}

	/**
	 * Screens a posted message; adds a global error to {@code result} for a form sent too
	 * fast or too late.
	 * @param relay a stable name for the relay, counted per client address
	 * @param form the message
	 * @param result its binding result
	 * @param ip the client address
	 * @return what the controller must do
	 */
	public Outcome screen(String relay, ContactForm form, BindingResult result, String ip) {
		Verdict verdict = this.guard.check(form.website(), form.formToken());
		if (verdict == Verdict.HONEYPOT) {
			return Outcome.DROP;
		}
		if (verdict == Verdict.TOO_FAST) {
			result.reject("directory.contact.too-fast");
		}
		else if (verdict == Verdict.EXPIRED) {
			result.reject("directory.contact.expired");
		}
		if (result.hasErrors()) {
			return Outcome.SHOW_FORM;
		}
		return this.guard.tryAcquire(relay, ip, PER_IP_PER_HOUR, Duration.ofHours(1)) ? Outcome.SEND : Outcome.TOO_MANY;
	}

	/**
	 * @return a fresh token for a form being shown
	 */
	public String token() {
		return this.guard.token();
	}

}
