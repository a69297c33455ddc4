package fr.cnnumerique.cafeia.moderation.queue;

import java.util.Locale;

import fr.cnnumerique.cafeia.moderation.ModerationStatus;
import fr.cnnumerique.cafeia.shared.PublicFormGuard;
import fr.cnnumerique.cafeia.shared.PublicFormGuard.Verdict;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public report form ({@code /signaler}), open to anyone without an account, guarded
 * by {@link PublicFormGuard}: a filled honeypot is dropped silently (the robot sees the
 * usual thanks), a too-fast or stale form is shown again, and past the per-IP limit the
 * answer is 429. Only content the queue knows can be reported.
 */
@Controller
class ReportFormController {

	static final String FORM = "moderation.report";

	static final int MESSAGE_MAX = 1000;

	private final ModerationDesk desk;

	private final PublicFormGuard guard;

	private final ModerationProperties properties;

	ReportFormController(ModerationDesk desk, PublicFormGuard guard, ModerationProperties properties) {
		this.desk = desk;
		this.guard = guard;
		this.properties = properties;
	}

	@GetMapping("/signaler")
	String form(@RequestParam(required = false) String type, @RequestParam(required = false) String id, Model model) {
		QueueItem item = known(type, id);
		model.addAttribute("form", new ReportForm(type, id, null, null, null, null, null));
		return page(item, model);
	}

	@PostMapping("/signaler")
	String report(@ModelAttribute("form") ReportForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model, RedirectAttributes redirect) {
		Verdict verdict = this.guard.check(form.website(), form.formToken());
		if (verdict == Verdict.HONEYPOT) {
			return "redirect:/signaler/merci";
		}
		QueueItem item = known(form.type(), form.id());
		if (verdict == Verdict.TOO_FAST) {
			result.reject("moderation.report.too-fast");
		}
		else if (verdict == Verdict.EXPIRED) {
			result.reject("moderation.report.expired");
		}
		form.check(result, this.properties);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(item, model);
		}
		if (!this.guard.tryAcquire(FORM, request.getRemoteAddr(), this.properties.reportsPerIp(),
				this.properties.reportWindow())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return "error/429";
		}
		this.desk.report(form.type(), form.id(), form.reason(), ModerationDesk.clean(form.message()),
				ModerationDesk.clean(form.email()), locale);
		redirect.addFlashAttribute("success", "moderation.report.sent");
		return "redirect:/signaler/merci";
	}

	@GetMapping("/signaler/merci")
	String thanks() {
		return "moderation/report-sent";
	}

	private QueueItem known(String type, String id) {
		if (type == null || id == null || type.length() > 40 || id.length() > 100) {
			throw new ModerationException("moderation.report.unknown", HttpStatus.NOT_FOUND);
		}
		// only what the public can see can be reported: answering otherwise would tell
		// that unpublished content exists
		return this.desk.find(type, id)
			.filter((item) -> item.status() == ModerationStatus.PUBLISHED)
			.orElseThrow(() -> new ModerationException("moderation.report.unknown", HttpStatus.NOT_FOUND));
	}

	private String page(QueueItem item, Model model) {
		model.addAttribute("reportedTitle", (item.status() == ModerationStatus.PUBLISHED) ? item.title() : null);
		model.addAttribute("reasons", this.properties.reportReasons());
		model.addAttribute("formToken", this.guard.token());
		return "moderation/report";
	}

	/**
	 * A report as posted, with the guard's two fields.
	 */
	record ReportForm(String type, String id, String reason, String message, String email, String website,
			String formToken) {

		void check(BindingResult result, ModerationProperties properties) {
			if (this.reason == null || !properties.reportReasons().contains(this.reason)) {
				result.rejectValue("reason", "moderation.report.reason.required");
			}
			if (this.message != null && this.message.strip().length() > MESSAGE_MAX) {
				result.rejectValue("message", "moderation.report.message.too-long");
			}
			if (ModerationProperties.OTHER.equals(this.reason) && ModerationDesk.clean(this.message) == null) {
				result.rejectValue("message", "moderation.report.message.required");
			}
			String address = ModerationDesk.clean(this.email);
			if (address != null && (address.length() > 254 || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
				result.rejectValue("email", "moderation.report.email.invalid");
			}
		}

	}

}
