package fr.cnnumerique.cafeia.feedback.participant;

import java.util.Locale;

import fr.cnnumerique.cafeia.accounts.CurrentAccount;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The feedback of a café for its organiser and co-facilitators: the link to give, its QR
 * code, a printable poster, and the aggregates. Comments are never shown here: they go to
 * staff curation first. Anybody else gets the 404 page.
 */
@Controller
class FacilitatorFeedbackController {

	private final ParticipantFeedback feedback;

	private final ParticipantFeedbackProperties properties;

	private final String baseUrl;

	FacilitatorFeedbackController(ParticipantFeedback feedback, ParticipantFeedbackProperties properties,
			@Value("${cafeia.base-url:http://localhost:8080}") String baseUrl) {
		this.feedback = feedback;
		this.properties = properties;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@GetMapping("/espace/cafes/{id:\\d+}/avis")
	String show(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id, Locale locale, Model model) {
		return view(this.feedback.facilitatorView(id, account.id(), locale), model, "feedback/participant/facilitator");
	}

	@GetMapping("/espace/cafes/{id:\\d+}/avis/affiche")
	String poster(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id, Model model) {
		return view(this.feedback.poster(id, account.id()), model, "feedback/participant/poster");
	}

	private String view(ParticipantFeedback.FacilitatorView view, Model model, String template) {
		String link = this.baseUrl + view.path();
		model.addAttribute("view", view);
		model.addAttribute("event", view.event());
		model.addAttribute("link", link);
		model.addAttribute("qr", QrCode.of(link));
		model.addAttribute("openDays", this.properties.openFor().toDays());
		return template;
	}

}
