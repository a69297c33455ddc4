package fr.cnnumerique.cafeia.feedback.report;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import fr.cnnumerique.cafeia.accounts.CurrentAccount;

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
 * Declaring a café held off the portal with its report, so that every café counts; its
 * author may change it until staff close the year.
 */
@Controller
class CatchUpController {

	static final String NEW = "/espace/bilans/nouveau";

	private static final String EDIT = "/espace/bilans/{id:\\d{1,18}}";

	private final FeedbackReports reports;

	private final ReportChecks checks;

	private final ReportFormPage page;

	CatchUpController(FeedbackReports reports, ReportChecks checks, ReportFormPage page) {
		this.reports = reports;
		this.checks = checks;
		this.page = page;
	}

	@GetMapping(NEW)
	String createForm(Model model) {
		return this.page.showFresh(model, ReportForm.empty("", List.of(), ""), null, null, NEW, true);
	}

	@PostMapping(NEW)
	String create(@AuthenticationPrincipal CurrentAccount account, @Valid @ModelAttribute("form") ReportForm form,
			BindingResult result, @RequestParam(required = false) String add,
			@RequestParam(required = false) String remove, Model model, RedirectAttributes redirect) {
		if (ReportFormPage.rowAction(add, remove)) {
			return this.page.showAfterRowAction(model, form, add, remove, null, null, NEW, true);
		}
		var draft = this.checks.checkCatchUp(form, result, null, today());
		if (draft.isEmpty()) {
			return this.page.show(model, form, null, null, NEW, true);
		}
		this.reports.createCatchUp(draft.get(), account.id());
		redirect.addFlashAttribute("success", "feedback.report.saved");
		return "redirect:/espace/bilans";
	}

	@GetMapping(EDIT)
	String editForm(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id, Model model) {
		StoredReport report = this.reports.catchUp(id, account.id());
		return this.page.showFresh(model, report.toForm(), null, report, path(id),
				!this.checks.locked(report.heldOn()));
	}

	@PostMapping(EDIT)
	String update(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id,
			@Valid @ModelAttribute("form") ReportForm form, BindingResult result,
			@RequestParam(required = false) String add, @RequestParam(required = false) String remove, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		StoredReport report = this.reports.catchUp(id, account.id());
		boolean editable = !this.checks.locked(report.heldOn());
		if (ReportFormPage.rowAction(add, remove)) {
			return this.page.showAfterRowAction(model, form, add, remove, null, report, path(id), editable);
		}
		if (!editable) {
			result.reject("feedback.report.form.locked", new Object[] { Integer.toString(report.heldOn().getYear()) },
					null);
			return this.page.show(model, form, null, report, path(id), false);
		}
		var draft = this.checks.checkCatchUp(form, result, report, today());
		if (draft.isEmpty()) {
			return this.page.show(model, form, null, report, path(id), true);
		}
		if (form.version() == null || !this.reports.updateCatchUp(report, draft.get(), form.version())) {
			result.reject("feedback.report.form.conflict");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return this.page.show(model, form, null, report, path(id), true);
		}
		redirect.addFlashAttribute("success", "feedback.report.saved");
		return "redirect:/espace/bilans";
	}

	private static LocalDate today() {
		return LocalDate.now(ReportChecks.PARIS);
	}

	private static String path(long id) {
		return "/espace/bilans/" + id;
	}

}
