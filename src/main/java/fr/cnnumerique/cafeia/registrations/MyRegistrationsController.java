package fr.cnnumerique.cafeia.registrations;

import java.util.List;

import fr.cnnumerique.cafeia.accounts.CurrentAccount;
import fr.cnnumerique.cafeia.events.EventCalendar;
import fr.cnnumerique.cafeia.events.EventSummary;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /compte/inscriptions}: the registrations someone made while logged in, with
 * their manage links. Registrations made without being logged in are reached from the
 * mails.
 */
@Controller
class MyRegistrationsController {

	private final RegistrationStore store;

	private final EventCalendar events;

	MyRegistrationsController(RegistrationStore store, EventCalendar events) {
		this.store = store;
		this.events = events;
	}

	/**
	 * A registration with its café.
	 *
	 * @param registration the registration
	 * @param event the café
	 */
	record Line(Registration registration, EventSummary event) {
	}

	@GetMapping("/compte/inscriptions")
	String list(@AuthenticationPrincipal CurrentAccount account, Model model) {
		List<Line> lines = this.store.byAccount(account.id())
			.stream()
			.flatMap((r) -> this.events.find(r.eventId()).map((e) -> new Line(r, e)).stream())
			.toList();
		model.addAttribute("lines", lines);
		return "registrations/mine";
	}

}
