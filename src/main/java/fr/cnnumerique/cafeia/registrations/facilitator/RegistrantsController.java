package fr.cnnumerique.cafeia.registrations.facilitator;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import fr.cnnumerique.cafeia.accounts.CurrentAccount;
import fr.cnnumerique.cafeia.shared.CsvWriter;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registrants of a café for its facilitators: the page, the CSV export, and the
 * switches (close or reopen registrations, waiting list, attendance).
 */
@Controller
class RegistrantsController {

	static final String VIEW = "registrations/facilitator/registrants";

	private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final CafeRegistrants registrants;

	private final MessageSource messages;

	RegistrantsController(CafeRegistrants registrants, MessageSource messages) {
		this.registrants = registrants;
		this.messages = messages;
	}

	@GetMapping("/espace/cafes/{id:\\d+}/inscrits")
	String show(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id, Model model) {
		model.addAttribute("page", this.registrants.page(id, account, Instant.now()));
		if (!model.containsAttribute("messageForm")) {
			model.addAttribute("messageForm", MessageForm.empty());
		}
		return VIEW;
	}

	/**
	 * The confirmed then waiting registrants, for a spreadsheet. Names and needs are
	 * typed by the public, hence the formula guard of {@link CsvWriter}.
	 */
	@GetMapping("/espace/cafes/{id:\\d+}/inscrits.csv")
	void export(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id, Locale locale,
			HttpServletResponse response) throws IOException {
		CafeRegistrants.Export export = this.registrants.export(id, account);
		ZoneId zone = export.event().startsAt().getZone();
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("inscrits-cafe-" + id + ".csv").build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		CsvWriter csv = new CsvWriter(writer);
		csv.start();
		csv.row(Stream.of("status", "first-name", "email", "places", "needs", "registered-at", "present")
			.map((column) -> message("registrations.facilitator.csv." + column, locale))
			.toList());
		for (Registrant row : export.rows()) {
			String present = (row.attended() == null) ? ""
					: message("registrations.facilitator.csv." + (row.present() ? "yes" : "no"), locale);
			csv.row(List.of(
					message("registrations.facilitator.status." + row.status().toLowerCase(Locale.ROOT), locale),
					row.firstName(), row.email(), Integer.toString(row.places()),
					(row.needs() != null) ? row.needs() : "", CSV_TIME.format(row.registeredAt().atZone(zone)),
					present));
		}
		writer.flush();
	}

	@PostMapping("/espace/cafes/{id:\\d+}/inscrits/clore")
	String close(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id, RedirectAttributes redirect) {
		return done(id, this.registrants.setClosed(id, true, account, Instant.now()),
				"registrations.facilitator.closed", redirect);
	}

	@PostMapping("/espace/cafes/{id:\\d+}/inscrits/rouvrir")
	String reopen(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id, RedirectAttributes redirect) {
		return done(id, this.registrants.setClosed(id, false, account, Instant.now()),
				"registrations.facilitator.reopened", redirect);
	}

	@PostMapping("/espace/cafes/{id:\\d+}/inscrits/liste-attente")
	String waitingList(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id,
			@RequestParam(name = "active", required = false) Boolean active, RedirectAttributes redirect) {
		this.registrants.facilitated(id, account);
		if (active == null) {
			redirect.addFlashAttribute("error", "registrations.facilitator.waiting-list.missing");
			return redirectTo(id);
		}
		return done(id, this.registrants.setWaitingList(id, active, account, Instant.now()),
				active ? "registrations.facilitator.waiting-list.activated"
						: "registrations.facilitator.waiting-list.deactivated",
				redirect);
	}

	/**
	 * Attendance from one form: the boxes ticked are the people present; unticked ones
	 * are marked absent.
	 */
	@PostMapping("/espace/cafes/{id:\\d+}/inscrits/presences")
	String attendance(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id,
			@RequestParam(name = "present", required = false) List<Long> present, RedirectAttributes redirect) {
		return done(id,
				this.registrants.markAttendance(id, (present != null) ? present : List.of(), account, Instant.now()),
				"registrations.facilitator.attendance.saved", redirect);
	}

	private static String done(long id, CafeRegistrants.Refusal refusal, String success, RedirectAttributes redirect) {
		if (refusal != null) {
			redirect.addFlashAttribute("error", refusal.messageKey());
		}
		else {
			redirect.addFlashAttribute("success", success);
		}
		return redirectTo(id);
	}

	static String redirectTo(long id) {
		return "redirect:/espace/cafes/" + id + "/inscrits";
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
