package fr.cnnumerique.cafeia.registrations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import fr.cnnumerique.cafeia.accounts.AccountManagement;
import fr.cnnumerique.cafeia.accounts.AccountSummary;
import fr.cnnumerique.cafeia.accounts.CurrentAccount;
import fr.cnnumerique.cafeia.events.EventCalendar;
import fr.cnnumerique.cafeia.events.EventSummary;
import fr.cnnumerique.cafeia.shared.PublicFormGuard;
import fr.cnnumerique.cafeia.shared.PublicFormGuard.Verdict;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registration for a café without an account. The form is also shown on the café page;
 * this page shows it again with its errors. A robot that fills the honeypot gets the
 * usual confirmation and nothing is stored; a form sent too fast or too late comes back;
 * past {@value #PER_IP_PER_HOUR} registrations an hour from one address, or
 * {@value #PER_EMAIL_PER_HOUR} for one e-mail, the answer is 429. The manage link is only
 * sent by e-mail, so nobody learns it by typing someone else's address.
 */
@Controller
class RegistrationFormController {

	static final int PER_IP_PER_HOUR = 20;

	static final int PER_EMAIL_PER_HOUR = 5;

	private static final String BASE = "/cafes/{id:\\d+}/inscription";

	private final RegistrationDesk desk;

	private final EventCalendar events;

	private final PublicFormGuard guard;

	private final AccountManagement accounts;

	RegistrationFormController(RegistrationDesk desk, EventCalendar events, PublicFormGuard guard,
			AccountManagement accounts) {
		this.desk = desk;
		this.events = events;
		this.guard = guard;
		this.accounts = accounts;
	}

	@GetMapping(BASE)
	String form(@PathVariable long id, @AuthenticationPrincipal CurrentAccount account, Model model, Locale locale) {
		EventSummary event = event(id);
		model.addAttribute("form",
				(account != null) ? SignUpForm.empty(
						this.accounts.find(account.id()).map(AccountSummary::displayName).orElse(null), account.email())
						: SignUpForm.empty(null, null));
		return page(event, model);
	}

	@PostMapping(BASE)
	String register(@PathVariable long id, @Valid @ModelAttribute("form") SignUpForm form, BindingResult result,
			@AuthenticationPrincipal CurrentAccount account, HttpServletRequest request, HttpServletResponse response,
			Model model, Locale locale, RedirectAttributes redirect) {
		EventSummary event = event(id);
		Verdict verdict = this.guard.check(form.website(), form.formToken());
		if (verdict == Verdict.HONEYPOT) {
			return "redirect:/cafes/" + id + "/inscription/envoyee";
		}
		if (verdict == Verdict.TOO_FAST) {
			result.reject("registrations.form.too-fast");
		}
		else if (verdict == Verdict.EXPIRED) {
			result.reject("registrations.form.expired");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(event, model);
		}
		if (!this.guard.tryAcquire("registrations.ip", request.getRemoteAddr(), PER_IP_PER_HOUR, Duration.ofHours(1))
				|| !this.guard.tryAcquire("registrations.email", digest(form.email()), PER_EMAIL_PER_HOUR,
						Duration.ofHours(1))) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return "error/429";
		}
		// only the person's own address links the registration to their account: linking
		// someone else's would show its manage link on the wrong account page
		boolean ownAddress = account != null && account.email().equalsIgnoreCase(form.email());
		Applicant applicant = new Applicant(form.prenom(), form.email(), form.places(), form.besoins(),
				ownAddress ? account.id() : null, locale);
		try {
			// the same page whatever happened: it must not tell whoever types an address
			// that this address was already registered
			this.desk.register(id, applicant, Instant.now());
			redirect.addFlashAttribute("email", form.email());
			return "redirect:/cafes/" + id + "/inscription/envoyee";
		}
		catch (RegistrationRefused ex) {
			result.reject(ex.messageKey());
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(event, model);
		}
	}

	@GetMapping(BASE + "/envoyee")
	String sent(@PathVariable long id, Model model) {
		model.addAttribute("event", event(id));
		return "registrations/sent";
	}

	private String page(EventSummary event, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("panel", RegistrationPanel.of(event, this.desk));
		model.addAttribute("formToken", this.guard.token());
		return "registrations/sign-up";
	}

	private EventSummary event(long id) {
		return this.events.findPublic(id).orElseThrow(() -> new RegistrationNotFoundException());
	}

	private static String digest(String email) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(email.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
