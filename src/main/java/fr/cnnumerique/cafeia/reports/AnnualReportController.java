package fr.cnnumerique.cafeia.reports;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import fr.cnnumerique.cafeia.accounts.CurrentAccount;
import fr.cnnumerique.cafeia.shared.FigureScope;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The annual report for administrators, published or not, with its PDF and ZIP, and the
 * buttons that publish it at {@code /rapport/{année}} or withdraw it.
 */
@Controller
class AnnualReportController {

	static final String PATH = "/admin/rapport";

	private final AnnualReport report;

	private final ReportResponses responses;

	AnnualReportController(AnnualReport report, ReportResponses responses) {
		this.report = report;
		this.responses = responses;
	}

	@GetMapping(PATH)
	String latest() {
		return "redirect:" + PATH + "/" + (LocalDate.now(FigureScope.ZONE).getYear() - 1);
	}

	@GetMapping(PATH + "/{annee}")
	String show(@PathVariable("annee") int year, Locale locale, Model model) {
		check(year);
		this.responses.page(year, PATH + "/" + year, locale, model);
		model.addAttribute("staff", true);
		model.addAttribute("published", this.report.isPublished(year));
		model.addAttribute("closed", this.report.yearClosed(year));
		return "reports/report";
	}

	@GetMapping(PATH + "/{annee}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable("annee") int year, Locale locale) {
		check(year);
		return this.responses.pdf(year, locale);
	}

	@GetMapping(PATH + "/{annee}.zip")
	void zip(@PathVariable("annee") int year, Locale locale, HttpServletResponse response) throws IOException {
		check(year);
		this.responses.zip(year, locale, response);
	}

	@PostMapping(PATH + "/{annee}/publication")
	String publish(@PathVariable("annee") int year, @AuthenticationPrincipal CurrentAccount account,
			RedirectAttributes redirect) {
		check(year);
		AnnualReport.Outcome outcome = this.report.publish(year, account.id());
		boolean refused = outcome == AnnualReport.Outcome.YEAR_OPEN || outcome == AnnualReport.Outcome.YEAR_NOT_OVER;
		redirect.addFlashAttribute(refused ? "error" : "success",
				"reports.report.publish." + outcome.name().toLowerCase(Locale.ROOT));
		return "redirect:" + PATH + "/" + year;
	}

	@PostMapping(PATH + "/{annee}/retrait")
	String withdraw(@PathVariable("annee") int year, @AuthenticationPrincipal CurrentAccount account,
			RedirectAttributes redirect) {
		check(year);
		AnnualReport.Outcome outcome = this.report.withdraw(year, account.id());
		redirect.addFlashAttribute("success", "reports.report.withdraw." + outcome.name().toLowerCase(Locale.ROOT));
		return "redirect:" + PATH + "/" + year;
	}

	private static void check(int year) {
		if (!AnnualReport.inRange(year)) {
			throw new ReportNotFoundException(year);
		}
	}

}
