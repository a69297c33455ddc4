package fr.cnnumerique.cafeia.moderation.queue;

import java.util.List;

import fr.cnnumerique.cafeia.moderation.queue.QueueRows.TypeCount;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrators' home: what awaits moderation and the latest decisions, with links
 * to every back-office page.
 */
@Controller
class DashboardController {

	static final int RECENT_DECISIONS = 10;

	private final ModerationDesk desk;

	DashboardController(ModerationDesk desk) {
		this.desk = desk;
	}

	@GetMapping("/admin")
	String show(Model model) {
		List<TypeCount> pending = this.desk.pendingCounts();
		List<TypeCount> reports = this.desk.reportCounts();
		model.addAttribute("pending", pending);
		model.addAttribute("pendingTotal", pending.stream().mapToLong(TypeCount::count).sum());
		model.addAttribute("reports", reports);
		model.addAttribute("reportsTotal", reports.stream().mapToLong(TypeCount::count).sum());
		model.addAttribute("toReview", this.desk.toReviewCount());
		model.addAttribute("decisions", this.desk.recentDecisions(RECENT_DECISIONS));
		return "admin/dashboard";
	}

}
