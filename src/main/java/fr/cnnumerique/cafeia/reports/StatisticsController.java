package fr.cnnumerique.cafeia.reports;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.cnnumerique.cafeia.shared.FigureScope;
import fr.cnnumerique.cafeia.territory.Territories;
import fr.cnnumerique.cafeia.territory.Territories.Area;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The programme's figures for any period and territory ({@code /admin/statistiques}): a
 * GET form (from, to, France entière, a région or a département) above the same tables
 * and charts as the annual report. A wrong date, a period ending before it starts or
 * longer than {@link #MAX_YEARS} years, or an unknown territory give the form with its
 * messages, status 400, and no figures.
 */
@Controller
class StatisticsController {

	static final String PATH = "/admin/statistiques";

	static final int MAX_YEARS = 10;

	private final ProgrammeFigures figures;

	private final Territories territories;

	private final ReportExports exports;

	private final MessageSource messages;

	StatisticsController(ProgrammeFigures figures, Territories territories, ReportExports exports,
			MessageSource messages) {
		this.figures = figures;
		this.territories = territories;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String show(@ModelAttribute("form") StatisticsForm form, Locale locale, Model model, HttpServletResponse response) {
		FigureScope scope = resolve(form, model);
		if (scope == null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "reports/statistics";
		}
		model.addAttribute("figures", this.figures.compose(scope, locale));
		model.addAttribute("view", new ReportView(locale, false));
		return "reports/statistics";
	}

	/**
	 * The same figures as a ZIP of CSV files with their Table Schemas; bad input gives
	 * the form, as on the page.
	 */
	@GetMapping(PATH + ".zip")
	String zip(@ModelAttribute("form") StatisticsForm form, Locale locale, Model model, HttpServletResponse response)
			throws IOException {
		FigureScope scope = resolve(form, model);
		if (scope == null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "reports/statistics";
		}
		String name = "cafe-ia-statistiques-" + scope.from() + "-" + scope.to();
		this.exports.send(this.figures.compose(scope, locale), name,
				this.messages.getMessage("reports.statistics.heading", null, locale), response);
		return null;
	}

	/**
	 * Reads the form, puts it back in the model with the territory choices and the errors
	 * found.
	 * @return the scope asked for, {@code null} if the form has errors
	 */
	private FigureScope resolve(StatisticsForm form, Model model) {
		List<Area> regions = this.territories.regions();
		List<Area> departements = this.territories.departements();
		model.addAttribute("regions", regions);
		model.addAttribute("departements", departements);
		Map<String, String> errors = new LinkedHashMap<>();
		int year = LocalDate.now(FigureScope.ZONE).getYear();
		LocalDate from = date(form.du(), LocalDate.of(year, 1, 1), "du", errors);
		LocalDate to = date(form.au(), LocalDate.of(year, 12, 31), "au", errors);
		if (from != null && to != null) {
			if (to.isBefore(from)) {
				errors.put("au", "reports.statistics.error.inverted");
			}
			else if (to.isAfter(from.plusYears(MAX_YEARS))) {
				errors.put("au", "reports.statistics.error.too-long");
			}
		}
		String territory = (form.territoire() != null) ? form.territoire().strip() : "";
		String region = null;
		String departement = null;
		if (territory.startsWith("r-") && known(regions, territory.substring(2))) {
			region = territory.substring(2);
		}
		else if (territory.startsWith("d-") && known(departements, territory.substring(2))) {
			departement = territory.substring(2);
		}
		else if (!territory.isEmpty()) {
			errors.put("territoire", "reports.statistics.error.territory");
		}
		model.addAttribute("errors", errors);
		model.addAttribute("du", (from != null) ? from.toString() : form.du());
		model.addAttribute("au", (to != null) ? to.toString() : form.au());
		model.addAttribute("territoire", territory);
		return errors.isEmpty() ? new FigureScope(from, to, region, departement) : null;
	}

	private static LocalDate date(String text, LocalDate fallback, String field, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			LocalDate date = LocalDate.parse(text.strip());
			if (date.getYear() < AnnualReport.FIRST_YEAR || date.getYear() > AnnualReport.LAST_YEAR) {
				errors.put(field, "reports.statistics.error.date");
				return null;
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "reports.statistics.error.date");
			return null;
		}
	}

	private static boolean known(List<Area> areas, String code) {
		return areas.stream().anyMatch((area) -> area.code().equals(code));
	}

	/**
	 * The form as sent.
	 *
	 * @param du first day, {@code yyyy-MM-dd}; empty for the 1st of January
	 * @param au last day, {@code yyyy-MM-dd}; empty for the 31st of December
	 * @param territoire empty for France entière, {@code r-<code>} for a région,
	 * {@code d-<code>} for a département
	 */
	record StatisticsForm(String du, String au, String territoire) {

	}

}
