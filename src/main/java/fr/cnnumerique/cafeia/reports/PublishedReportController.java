package fr.cnnumerique.cafeia.reports;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The published annual reports, for everyone: the list of years, each report's page, PDF
 * and ZIP. A year not published is the 404 page, for staff too (they read it under
 * {@code /admin/rapport}).
 */
@Controller
class PublishedReportController {

	static final String PATH = "/rapport";

	private final AnnualReport report;

	private final ReportResponses responses;

	PublishedReportController(AnnualReport report, ReportResponses responses) {
		this.report = report;
		this.responses = responses;
	}

	@GetMapping(PATH)
	String list(Model model) {
		model.addAttribute("years", this.report.publishedYears());
		return "reports/index";
	}

	@GetMapping(PATH + "/{annee}")
	String show(@PathVariable("annee") int year, Locale locale, Model model) {
		check(year);
		this.responses.page(year, PATH + "/" + year, locale, model);
		model.addAttribute("staff", false);
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

	private void check(int year) {
		if (!AnnualReport.inRange(year) || !this.report.isPublished(year)) {
			throw new ReportNotFoundException(year);
		}
	}

}
