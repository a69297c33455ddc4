package fr.cnnumerique.cafeia.moderation.audit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import fr.cnnumerique.cafeia.shared.CsvWriter;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The journal of staff actions: one page of entries with its filters, and the CSV export
 * of the same selection. Filters that make no sense are ignored and said so.
 */
@Controller
class JournalController {

	static final int PAGE_SIZE = 50;

	private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final AuditJournal journal;

	private final MessageSource messages;

	JournalController(AuditJournal journal, MessageSource messages) {
		this.journal = journal;
		this.messages = messages;
	}

	@GetMapping("/admin/journal")
	String list(@RequestParam(name = "q", required = false) String text, @RequestParam(required = false) String action,
			@RequestParam(name = "acteur", required = false) String actor,
			@RequestParam(name = "cible", required = false) String targetType,
			@RequestParam(name = "du", required = false) String from,
			@RequestParam(name = "au", required = false) String to, @RequestParam(required = false) String page,
			Locale locale, Model model) {
		Set<String> actions = actionCodes();
		JournalCriteria criteria = JournalCriteria.parse(text, action, actor, targetType, from, to, actions);
		Page<JournalLine> lines = this.journal.search(criteria.filter(), JournalCriteria.page(page), PAGE_SIZE);
		model.addAttribute("lines", lines);
		model.addAttribute("filter", criteria.filter());
		model.addAttribute("filtered", !criteria.filter().isEmpty());
		model.addAttribute("problems", criteria.problems());
		model.addAttribute("baseUrl", criteria.url("/admin/journal"));
		model.addAttribute("csvUrl", criteria.url("/admin/journal.csv"));
		model.addAttribute("actionOptions", options(actions, "moderation.audit.action.", locale));
		model.addAttribute("targetOptions",
				options(new TreeSet<>(this.journal.targetTypes()), "moderation.audit.target.", locale));
		model.addAttribute("actors", this.journal.actors());
		return "admin/journal";
	}

	@GetMapping("/admin/journal.csv")
	void export(@RequestParam(name = "q", required = false) String text, @RequestParam(required = false) String action,
			@RequestParam(name = "acteur", required = false) String actor,
			@RequestParam(name = "cible", required = false) String targetType,
			@RequestParam(name = "du", required = false) String from,
			@RequestParam(name = "au", required = false) String to, Locale locale, HttpServletResponse response)
			throws IOException {
		JournalCriteria criteria = JournalCriteria.parse(text, action, actor, targetType, from, to, actionCodes());
		String fileName = "journal-cafeia-" + LocalDate.now(AuditJournal.PARIS) + ".csv";
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		CsvWriter csv = new CsvWriter(writer);
		csv.start();
		csv.row(Stream
			.of("date", "actor", "actor-id", "action", "action-label", "target-type", "target-id", "target", "reason")
			.map((column) -> message("moderation.audit.csv." + column, null, locale))
			.toList());
		this.journal.export(criteria.filter(),
				(line) -> csv.row(List.of(CSV_TIME.format(line.at()), nullToEmpty(line.actorName()),
						(line.actorId() != null) ? line.actorId().toString() : "", line.action(),
						message("moderation.audit.action." + line.action(), line.action(), locale), line.targetType(),
						nullToEmpty(line.targetId()), nullToEmpty(line.targetLabel()), nullToEmpty(line.reason()))));
		writer.flush();
	}

	private Set<String> actionCodes() {
		Set<String> codes = new TreeSet<>(AuditActions.KNOWN);
		codes.addAll(this.journal.actions());
		return codes;
	}

	private List<Option> options(Set<String> codes, String prefix, Locale locale) {
		return codes.stream()
			.map((code) -> new Option(code, message(prefix + code, code, locale)))
			.sorted(Comparator.comparing(Option::label, Collator.getInstance(locale)))
			.toList();
	}

	private String message(String key, String fallback, Locale locale) {
		return this.messages.getMessage(key, null, fallback, locale);
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	record Option(String value, String label) {
	}

}
