package fr.cnnumerique.cafeia.reports;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;

import fr.cnnumerique.cafeia.reports.ReportModel.Table;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The published annual reports, for everyone: the list of years, each report's first page
 * and a page per table, its PDF and ZIP. A year not published is the 404 page, for staff
 * too (they read it under {@code /admin/rapport}).
 */
@Controller
class PublishedReportController {

	static final String PATH = "/rapport";

	static final int ROWS_PER_PAGE = 50;

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

	/**
	 * The report's first page: its summary and the contents, each other table on a page
	 * of its own ({@link #chapter}), so that a phone never loads the whole report at
	 * once. The PDF and the ZIP have everything.
	 */
	@GetMapping(PATH + "/{annee}")
	String show(@PathVariable("annee") int year, Locale locale, Model model) {
		check(year);
		this.responses.publishedPage(year, PATH + "/" + year, locale, model);
		ReportModel figures = (ReportModel) model.getAttribute("figures");
		model.addAttribute("summary", figures.tables().get(0));
		model.addAttribute("chapters", figures.tables().subList(1, figures.tables().size()));
		return "reports/published";
	}

	/**
	 * One table of a published report, {@value #ROWS_PER_PAGE} rows a page.
	 */
	@GetMapping(PATH + "/{annee}/{tableau}")
	String chapter(@PathVariable("annee") int year, @PathVariable("tableau") String id,
			@RequestParam(name = "page", defaultValue = "1") int page, Locale locale, Model model) {
		check(year);
		this.responses.publishedPage(year, PATH + "/" + year, locale, model);
		List<Table> tables = ((ReportModel) model.getAttribute("figures")).tables();
		int index = IntStream.range(1, tables.size())
			.filter((i) -> tables.get(i).id().equals(id))
			.findFirst()
			.orElseThrow(() -> new ReportNotFoundException(year));
		Table table = tables.get(index);
		int pages = Math.max(1, (table.rows().size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
		if (page < 1 || page > pages) {
			throw new ReportNotFoundException(year);
		}
		List<List<Object>> rows = table.rows()
			.subList((page - 1) * ROWS_PER_PAGE, Math.min(page * ROWS_PER_PAGE, table.rows().size()));
		model.addAttribute("table", new Table(table.id(), table.title(), table.description(), table.columns(), rows,
				rows.size(), table.chart(), null));
		// the texts on the page are the first ones only: said once, under the last page
		model.addAttribute("cut", (page == pages && table.total() > table.rows().size()) ? table : null);
		model.addAttribute("rows", new PageImpl<>(rows, PageRequest.of(page - 1, ROWS_PER_PAGE), table.rows().size()));
		model.addAttribute("previous", (index > 1) ? tables.get(index - 1) : null);
		model.addAttribute("next", (index + 1 < tables.size()) ? tables.get(index + 1) : null);
		return "reports/chapter";
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
