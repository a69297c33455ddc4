package fr.cnnumerique.cafeia.registrations.facilitator;

import java.time.Instant;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import fr.cnnumerique.cafeia.accounts.CurrentAccount;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Write to every registrant": the form is on the registrants' page; a refused message
 * shows the page again with what was typed and why, nothing sent.
 */
@Controller
class RegistrantMessageController {

	private final CafeRegistrants registrants;

	private final RegistrantMessages messages;

	RegistrantMessageController(CafeRegistrants registrants, RegistrantMessages messages) {
		this.registrants = registrants;
		this.messages = messages;
	}

	@PostMapping("/espace/cafes/{id:\\d+}/inscrits/message")
	String send(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id,
			@Valid @ModelAttribute("messageForm") MessageForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		this.registrants.facilitated(id, account);
		if (!result.hasErrors()) {
			RegistrantMessages.Result sent = this.messages.send(id, form, account, Instant.now());
			switch (sent.outcome()) {
				case SENT -> {
					redirect.addFlashAttribute("success", "registrations.facilitator.message.sent");
					return RegistrantsController.redirectTo(id);
				}
				case LIMIT_REACHED -> {
					result.reject("registrations.facilitator.message.limit");
					response.setStatus(429);
				}
				default -> result.reject("registrations.facilitator.message.no-recipient");
			}
		}
		if (response.getStatus() != 429) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		model.addAttribute("page", this.registrants.page(id, account, Instant.now()));
		return RegistrantsController.VIEW;
	}

}
