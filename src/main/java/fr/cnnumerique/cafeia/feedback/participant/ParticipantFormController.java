package fr.cnnumerique.cafeia.feedback.participant;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import fr.cnnumerique.cafeia.events.EventSummary;
import fr.cnnumerique.cafeia.shared.PublicFormGuard;
import fr.cnnumerique.cafeia.shared.PublicFormGuard.Verdict;
import fr.cnnumerique.cafeia.taxonomy.Term;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The anonymous feedback form {@code /avis/{token}}, open from the start of the café to
 * {@code cafeia.feedback.participant.open-for} after its end. Guarded by
 * {@link PublicFormGuard}: a filled honeypot gets the usual thanks and nothing is stored,
 * a too-fast or stale form comes back, and past the per-IP limit for the café the answer
 * is 429.
 */
@Controller
class ParticipantFormController {

	static final String FORM = "feedback.participant";

	private static final String BASE = "/avis/{token}";

	private final ParticipantFeedback feedback;

	private final PublicFormGuard guard;

	private final ParticipantFeedbackProperties properties;

	ParticipantFormController(ParticipantFeedback feedback, PublicFormGuard guard,
			ParticipantFeedbackProperties properties) {
		this.feedback = feedback;
		this.guard = guard;
		this.properties = properties;
	}

	@GetMapping(BASE)
	String form(@PathVariable String token, Model model) {
		EventSummary event = cafe(token);
		model.addAttribute("form", FeedbackForm.empty());
		return page(event, token, model, null);
	}

	@PostMapping(BASE)
	String answer(@PathVariable String token, @Valid @ModelAttribute("form") FeedbackForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		EventSummary event = cafe(token);
		if (this.feedback.window(event, Instant.now()) != ParticipantFeedback.Window.OPEN) {
			return page(event, token, model, response);
		}
		Verdict verdict = this.guard.check(form.website(), form.formToken());
		if (verdict == Verdict.HONEYPOT) {
			return "redirect:/avis/" + token + "/merci";
		}
		if (verdict == Verdict.TOO_FAST) {
			result.reject("feedback.participant.form.too-fast");
		}
		else if (verdict == Verdict.EXPIRED) {
			result.reject("feedback.participant.form.expired");
		}
		Set<String> offered = this.feedback.themes().stream().map(Term::code).collect(Collectors.toSet());
		if (!offered.containsAll(form.themes())) {
			result.rejectValue("themes", "feedback.participant.form.themes.unknown");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(event, token, model, null);
		}
		if (!this.guard.tryAcquire(FORM + "." + event.id(), request.getRemoteAddr(), this.properties.answersPerIp(),
				this.properties.answersWindow())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return "error/429";
		}
		this.feedback.submit(event, form);
		return "redirect:/avis/" + token + "/merci";
	}

	@GetMapping(BASE + "/merci")
	String thanks(@PathVariable String token, Model model) {
		model.addAttribute("event", cafe(token));
		return "feedback/participant/thanks";
	}

	@ExceptionHandler(FeedbackLinkNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String unknown() {
		return "feedback/participant/unknown";
	}

	private EventSummary cafe(String token) {
		return this.feedback.cafeFor(token).orElseThrow(FeedbackLinkNotFoundException::new);
	}

	/**
	 * The form, or the page saying it is not open; a post to a form that is not open is
	 * refused with 409.
	 */
	private String page(EventSummary event, String token, Model model, HttpServletResponse refused) {
		model.addAttribute("event", event);
		ParticipantFeedback.Window window = this.feedback.window(event, Instant.now());
		if (window != ParticipantFeedback.Window.OPEN) {
			if (refused != null) {
				refused.setStatus(HttpStatus.CONFLICT.value());
			}
			model.addAttribute("window", window.name());
			model.addAttribute("closesAt", this.feedback.closesAt(event).atZone(event.startsAt().getZone()));
			return "feedback/participant/not-open";
		}
		List<Term> themes = this.feedback.themes();
		model.addAttribute("themes", themes);
		model.addAttribute("token", token);
		model.addAttribute("commentMax", FeedbackForm.COMMENT_MAX);
		model.addAttribute("formToken", this.guard.token());
		return "feedback/participant/form";
	}

}
