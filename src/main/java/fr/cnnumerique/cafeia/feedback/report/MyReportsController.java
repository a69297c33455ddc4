package fr.cnnumerique.cafeia.feedback.report;

import fr.cnnumerique.cafeia.accounts.CurrentAccount;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The facilitator's reports: the past cafés still waiting for one, the completion rate,
 * and the reports filed.
 */
@Controller
class MyReportsController {

	static final int PAGE_SIZE = 20;

	private final FeedbackReports reports;

	MyReportsController(FeedbackReports reports) {
		this.reports = reports;
	}

	@GetMapping("/espace/bilans")
	String list(@AuthenticationPrincipal CurrentAccount account,
			@RequestParam(name = "page", required = false) String pageNumber, Model model) {
		int page = (pageNumber != null && pageNumber.matches("[0-9]{1,6}")) ? Integer.parseInt(pageNumber) : 1;
		model.addAttribute("overview",
				this.reports.overview(account.id(), PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE)));
		model.addAttribute("baseUrl", "/espace/bilans");
		return "feedback/report/mine";
	}

}
