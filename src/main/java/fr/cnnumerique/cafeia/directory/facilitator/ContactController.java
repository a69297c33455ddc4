package fr.cnnumerique.cafeia.directory.facilitator;

import java.util.HashMap;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contact relay: anyone writes to a published facilitator, who gets the message by
 * mail with the sender's address in it and as its Reply-To, so the facilitator answers by
 * replying from their own mailbox. Neither side sees the other's address on the site.
 * Guarded by {@link PublicFormGuard}: a filled honeypot gets the usual confirmation and
 * nothing is sent, a too-fast or stale form is shown again, past
 * {@value ContactRelay#PER_IP_PER_HOUR} messages an hour from one address the answer is
 * 429.
 */
@Controller
class ContactController {

	static final String FORM = "directory.contact";

	private static final String BASE = "/annuaire/animateurs/{id:[0-9]+}-{slug}/contact";

	private final FacilitatorSearch search;

	private final ContactRelay relay;

	private final AccountManagement accounts;

	private final MailOutbox outbox;

	ContactController(FacilitatorSearch search, ContactRelay relay, AccountManagement accounts, MailOutbox outbox) {
		this.search = search;
		this.relay = relay;
		this.accounts = accounts;
		this.outbox = outbox;
	}

	@GetMapping(BASE)
	Object form(@PathVariable long id, @PathVariable String slug, Model model) {
		PublishedProfile profile = published(id);
		if (!profile.slug().equals(slug)) {
			return "redirect:" + profile.path() + "/contact";
		}
		model.addAttribute("form", ContactForm.empty());
		return page(profile, model);
	}

	@PostMapping(BASE)
	String send(@PathVariable long id, @Valid @ModelAttribute("form") ContactForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		PublishedProfile profile = published(id);
		switch (this.relay.screen(FORM, form, result, request.getRemoteAddr())) {
			case DROP:
				return "redirect:" + profile.path() + "/contact/envoye";
			case SHOW_FORM:
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				return page(profile, model);
			case TOO_MANY:
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				return "error/429";
			case SEND:
				break;
		}
		AccountSummary facilitator = this.accounts.find(profile.accountId())
			.orElseThrow(() -> new FacilitatorNotFoundException(id));
		Map<String, Object> variables = new HashMap<>();
		variables.put("name", profile.content().name());
		variables.put("senderName", form.senderName());
		variables.put("senderEmail", form.senderEmail());
		variables.put("message", form.message());
		variables.put("profilePath", profile.path());
		this.outbox.enqueue(new OutgoingMail(facilitator.email(), "directory/contact", facilitator.locale(), variables,
				form.senderEmail()));
		redirect.addFlashAttribute("success", "directory.contact.sent");
		return "redirect:" + profile.path() + "/contact/envoye";
	}

	@GetMapping(BASE + "/envoye")
	String sent(@PathVariable long id, Model model) {
		model.addAttribute("profile", published(id));
		return "directory/facilitators/contact-sent";
	}

	private PublishedProfile published(long id) {
		return this.search.published(id).orElseThrow(() -> new FacilitatorNotFoundException(id));
	}

	private String page(PublishedProfile profile, Model model) {
		model.addAttribute("profile", profile);
		model.addAttribute("formToken", this.relay.token());
		return "directory/facilitators/contact";
	}

}
