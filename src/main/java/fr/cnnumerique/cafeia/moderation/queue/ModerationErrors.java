package fr.cnnumerique.cafeia.moderation.queue;

import java.time.ZoneId;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Turns a refused moderation action into a page that says why, with the fitting status,
 * rather than a generic error; gives the staff pages the time zone dates are shown in.
 */
@ControllerAdvice(assignableTypes = { QueueController.class, ReportsController.class, ReportFormController.class,
		DashboardController.class })
class ModerationErrors {

	static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	@ModelAttribute("zone")
	ZoneId zone() {
		return ZONE;
	}

	@ExceptionHandler(ModerationException.class)
	String refused(ModerationException ex, HttpServletResponse response, Model model) {
		response.setStatus(ex.status().value());
		model.addAttribute("refusal", ex.messageKey());
		model.addAttribute("status", ex.status().value());
		return "moderation/refused";
	}

}
