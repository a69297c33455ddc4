package fr.cnnumerique.cafeia.feedback.report;

import java.time.Instant;
import java.time.LocalDate;

import fr.cnnumerique.cafeia.accounts.CurrentAccount;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff page of reports, for moderators and administrators: a year's completion rate,
 * its reports, and closing or reopening the year.
 */
@Controller
class StaffReportsController {

	static final String PATH = "/moderation/bilans";

	private static final int PAGE_SIZE = 50;

	private final FeedbackReports reports;

	private final ReportAdministration administration;

	StaffReportsController(FeedbackReports reports, ReportAdministration administration) {
		this.reports = reports;
		this.administration = administration;
	}

	@GetMapping(PATH)
	String list(@RequestParam(name = "annee", required = false) String yearParam,
			@RequestParam(name = "page", required = false) String pageNumber, Model model) {
		int year = year(yearParam);
		int page = (pageNumber != null && pageNumber.matches("[0-9]{1,6}")) ? Integer.parseInt(pageNumber) : 1;
		model.addAttribute("overview",
				this.reports.year(year, Instant.now(), PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE)));
		model.addAttribute("lockForm", new YearLockForm(Integer.toString(year), null));
		model.addAttribute("baseUrl", PATH + "?annee=" + year);
		return "feedback/report/staff";
	}

	@PostMapping(PATH + "/verrou")
	String lock(@AuthenticationPrincipal CurrentAccount account, @ModelAttribute YearLockForm form,
			RedirectAttributes redirect) {
		Integer year = form.validYear();
		if (year == null || !("fermer".equals(form.action()) || "ouvrir".equals(form.action()))) {
			redirect.addFlashAttribute("error", "feedback.report.staff.lock.invalid");
			return "redirect:" + PATH;
		}
		boolean changed = "fermer".equals(form.action()) ? this.administration.lock(year, account.id())
				: this.administration.unlock(year, account.id());
		redirect.addFlashAttribute(changed ? "success" : "info",
				"feedback.report.staff.lock." + form.action() + (changed ? ".done" : ".already"));
		return "redirect:" + PATH + "?annee=" + year;
	}

	private static int year(String text) {
		int current = LocalDate.now(ReportChecks.PARIS).getYear();
		Integer year = new YearLockForm(text, null).validYear();
		return (year != null) ? year : current;
	}

	/**
	 * The year lock buttons as posted.
	 *
	 * @param year the year
	 * @param action {@code fermer} or {@code ouvrir}
	 */
	record YearLockForm(String year, String action) {

		/** The year if it is one staff may lock, else {@code null}. */
		Integer validYear() {
			if (this.year == null || !this.year.strip().matches("[0-9]{4}")) {
				return null;
			}
			int value = Integer.parseInt(this.year.strip());
			return (value >= 2020 && value <= LocalDate.now(ReportChecks.PARIS).getYear() + 1) ? value : null;
		}

	}

}
