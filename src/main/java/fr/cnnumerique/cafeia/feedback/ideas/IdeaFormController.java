package fr.cnnumerique.cafeia.feedback.ideas;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import fr.cnnumerique.cafeia.shared.PublicFormGuard;
import fr.cnnumerique.cafeia.shared.PublicFormGuard.Verdict;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The idea box {@code /contribuer}, open to anyone without an account. Guarded by
 * {@link PublicFormGuard}: a filled honeypot gets the usual confirmation and nothing is
 * stored, a too-fast or stale form comes back, and past
 * {@code cafeia.feedback.ideas.per-ip} contributions from one address within the window
 * the answer is 429.
 */
@Controller
class IdeaFormController {

	static final String FORM = "feedback.ideas";

	private final IdeaBox box;

	private final PublicFormGuard guard;

	private final IdeasProperties properties;

	IdeaFormController(IdeaBox box, PublicFormGuard guard, IdeasProperties properties) {
		this.box = box;
		this.guard = guard;
		this.properties = properties;
	}

	@GetMapping("/contribuer")
	String form(Model model) {
		model.addAttribute("form", IdeaForm.empty());
		return page(model);
	}

	@PostMapping("/contribuer")
	String send(@Valid @ModelAttribute("form") IdeaForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model) {
		Verdict verdict = this.guard.check(form.website(), form.formToken());
		if (verdict == Verdict.HONEYPOT) {
			return "redirect:/contribuer/merci";
		}
		if (verdict == Verdict.TOO_FAST) {
			result.reject("feedback.ideas.form.too-fast");
		}
		else if (verdict == Verdict.EXPIRED) {
			result.reject("feedback.ideas.form.expired");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(model);
		}
		if (!this.guard.tryAcquire(FORM, request.getRemoteAddr(), this.properties.perIp(), this.properties.window())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return "error/429";
		}
		this.box.submit(form, locale);
		return "redirect:/contribuer/merci";
	}

	@GetMapping("/contribuer/merci")
	String thanks() {
		return "feedback/ideas/sent";
	}

	private String page(Model model) {
		model.addAttribute("kinds", this.box.kinds());
		model.addAttribute("subjectMax", IdeaForm.SUBJECT_MAX);
		model.addAttribute("messageMax", IdeaForm.MESSAGE_MAX);
		model.addAttribute("formToken", this.guard.token());
		return "feedback/ideas/form";
	}

}
