package fr.cnnumerique.cafeia.feedback.report;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import fr.cnnumerique.cafeia.accounts.CurrentAccount;
import fr.cnnumerique.cafeia.events.EventSummary;
import fr.cnnumerique.cafeia.feedback.report.FeedbackReports.CafeReport;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The report on a café of the portal, for its organiser and co-facilitators, once the
 * café has started; one report per café, which they may change until staff close the
 * year. Rows of the lists are added and removed by buttons that post the form back
 * unsaved, so the page works without JavaScript.
 */
@Controller
class ReportController {

	private static final String PATH = "/espace/cafes/{id:\\d{1,18}}/bilan";

	private final FeedbackReports reports;

	private final ReportChecks checks;

	private final ReportFormPage page;

	ReportController(FeedbackReports reports, ReportChecks checks, ReportFormPage page) {
		this.reports = reports;
		this.checks = checks;
		this.page = page;
	}

	@GetMapping(PATH)
	String editForm(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id, Model model) {
		CafeReport cafeReport = this.reports.forCafe(id, account.id(), Instant.now());
		if (!cafeReport.held()) {
			return notHeld(model, cafeReport);
		}
		ReportForm form = (cafeReport.report() != null) ? cafeReport.report().toForm() : blank(cafeReport.cafe());
		return this.page.showFresh(model, form, cafeReport.cafe(), cafeReport.report(), path(id),
				cafeReport.state() == CafeReport.State.OPEN);
	}

	@PostMapping(PATH)
	String update(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id,
			@Valid @ModelAttribute("form") ReportForm form, BindingResult result,
			@RequestParam(required = false) String add, @RequestParam(required = false) String remove, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		CafeReport cafeReport = this.reports.forCafe(id, account.id(), Instant.now());
		if (!cafeReport.held()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return notHeld(model, cafeReport);
		}
		boolean editable = cafeReport.state() == CafeReport.State.OPEN;
		if (ReportFormPage.rowAction(add, remove)) {
			return this.page.showAfterRowAction(model, form, add, remove, cafeReport.cafe(), cafeReport.report(),
					path(id), editable);
		}
		var draft = this.checks.check(form, result, cafeReport.cafe(), cafeReport.report());
		if (draft.isEmpty()) {
			return this.page.show(model, form, cafeReport.cafe(), cafeReport.report(), path(id), editable);
		}
		if (!this.reports.saveForCafe(cafeReport, draft.get(), account.id(), form.version())) {
			result.reject("feedback.report.form.conflict");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return this.page.show(model, form, cafeReport.cafe(), cafeReport.report(), path(id), editable);
		}
		redirect.addFlashAttribute("success", "feedback.report.saved");
		return "redirect:/espace/bilans";
	}

	private String notHeld(Model model, CafeReport cafeReport) {
		model.addAttribute("cafe", cafeReport.cafe());
		model.addAttribute("reason", "feedback.report.not-held." + cafeReport.state().name().toLowerCase());
		return "feedback/report/not-held";
	}

	private static ReportForm blank(EventSummary cafe) {
		long minutes = Duration.between(cafe.startsAt(), cafe.endsAt()).toMinutes();
		return ReportForm.empty((minutes > 0 && minutes <= ReportChecks.MAX_DURATION) ? Long.toString(minutes) : "",
				cafe.themes(), cafe.format().name());
	}

	private static String path(long id) {
		return "/espace/cafes/" + id + "/bilan";
	}

}
