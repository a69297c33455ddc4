package fr.cnnumerique.cafeia.reports;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import fr.cnnumerique.cafeia.shared.ExpiringCache;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The annual report's page, PDF and ZIP, shared by the staff routes and the public ones:
 * both show the same thing, only who may see it differs.
 */
@Component
class ReportResponses {

	private final AnnualReport report;

	private final ReportExports exports;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	/**
	 * The figures of published reports by year and language: a crawler reading every
	 * table page of a report computes them once, not once per page.
	 */
	private final ExpiringCache<String, ReportModel> published;

	ReportResponses(AnnualReport report, ReportExports exports, ITemplateEngine templates, MessageSource messages,
			ReportsProperties properties) {
		this.report = report;
		this.exports = exports;
		this.templates = templates;
		this.messages = messages;
		this.published = new ExpiringCache<>(properties.publishedCacheTime(), 16);
	}

	/**
	 * Fills the page's model for a published report, its figures kept a few minutes.
	 * @param base the path of the report, without extension ({@code /rapport/2026})
	 */
	void publishedPage(int year, String base, Locale locale, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("figures",
				this.published.get(year + "-" + locale.toLanguageTag(), () -> this.report.figures(year, locale)));
		model.addAttribute("view", new ReportView(locale, false));
		model.addAttribute("base", base);
	}

	/**
	 * Fills the page's model.
	 * @param base the path of the report, without extension ({@code /rapport/2026})
	 */
	void page(int year, String base, Locale locale, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("figures", this.report.figures(year, locale));
		model.addAttribute("view", new ReportView(locale, false));
		model.addAttribute("base", base);
	}

	ResponseEntity<byte[]> pdf(int year, Locale locale) {
		ReportModel figures = this.report.figures(year, locale);
		Context context = new Context(locale,
				Map.of("year", year, "figures", figures, "view", new ReportView(locale, true)));
		byte[] pdf = this.exports.pdf(this.templates.process("reports/report-pdf", context));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(fileName(year) + ".pdf").build().toString())
			.body(pdf);
	}

	void zip(int year, Locale locale, HttpServletResponse response) throws IOException {
		ReportModel figures = this.report.figures(year, locale);
		String title = this.messages.getMessage("reports.report.heading", new Object[] { Integer.toString(year) },
				locale);
		this.exports.send(figures, fileName(year), title, response);
	}

	static String fileName(int year) {
		return "cafe-ia-rapport-" + year;
	}

}
