package fr.cnnumerique.cafeia.directory.venue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import fr.cnnumerique.cafeia.accounts.AccountManagement;
import fr.cnnumerique.cafeia.accounts.AccountSummary;
import fr.cnnumerique.cafeia.directory.contact.ContactForm;
import fr.cnnumerique.cafeia.directory.contact.ContactRelay;
import fr.cnnumerique.cafeia.notifications.MailOutbox;
import fr.cnnumerique.cafeia.notifications.OutgoingMail;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The contact relay of a published venue: the message is mailed to every manager of the
 * venue, each in their own language, with the sender's address in it and as its Reply-To,
 * so a manager answers from their own mailbox. No manager's address is shown, nor are the
 * managers named. Guarded like the facilitators' relay by {@link PublicFormGuard}: a
 * filled honeypot gets the usual confirmation and nothing is sent, a too-fast or stale
 * form is shown again, past {@value ContactRelay#PER_IP_PER_HOUR} messages an hour from
 * one address the answer is 429.
 */
@Controller
class VenueContactController {

	static final String FORM = "directory.venue-contact";

	private static final String BASE = "/annuaire/lieux/{id:\\d+}-{slug}/contact";

	private final VenueStore store;

	private final ContactRelay relay;

	private final AccountManagement accounts;

	private final MailOutbox outbox;

	VenueContactController(VenueStore store, ContactRelay relay, AccountManagement accounts, MailOutbox outbox) {
		this.store = store;
		this.relay = relay;
		this.accounts = accounts;
		this.outbox = outbox;
	}

	@GetMapping(BASE)
	String form(@PathVariable long id, @PathVariable String slug, Model model) {
		VenueDraft venue = published(id);
		if (!venue.slug().equals(slug)) {
			return "redirect:" + venue.publicPath() + "/contact";
		}
		model.addAttribute("form", ContactForm.empty());
		return page(venue, model);
	}

	@PostMapping(BASE)
	String send(@PathVariable long id, @Valid @ModelAttribute("form") ContactForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		VenueDraft venue = published(id);
		switch (this.relay.screen(FORM, form, result, request.getRemoteAddr())) {
			case DROP:
				return "redirect:" + venue.publicPath() + "/contact/envoye";
			case SHOW_FORM:
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				return page(venue, model);
			case TOO_MANY:
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				return "error/429";
			case SEND:
				break;
		}
		List<AccountSummary> managers = this.accounts.findAll(this.store.managers(id));
		for (AccountSummary manager : managers) {
			Map<String, Object> variables = new HashMap<>();
			variables.put("name", manager.displayName());
			variables.put("venueName", venue.name());
			variables.put("senderName", form.senderName());
			variables.put("senderEmail", form.senderEmail());
			variables.put("message", form.message());
			variables.put("venuePath", venue.publicPath());
			this.outbox.enqueue(new OutgoingMail(manager.email(), "directory/venue-contact", manager.locale(),
					variables, form.senderEmail()));
		}
		return "redirect:" + venue.publicPath() + "/contact/envoye";
	}

	@GetMapping(BASE + "/envoye")
	String sent(@PathVariable long id, Model model) {
		model.addAttribute("venue", published(id));
		return "directory/venues/contact-sent";
	}

	private VenueDraft published(long id) {
		return this.store.published(id).orElseThrow(() -> new VenueNotFoundException(id));
	}

	private String page(VenueDraft venue, Model model) {
		model.addAttribute("venue", venue);
		model.addAttribute("formToken", this.relay.token());
		return "directory/venues/contact";
	}

}
