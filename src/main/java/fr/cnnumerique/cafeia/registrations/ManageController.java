package fr.cnnumerique.cafeia.registrations;

import java.time.Instant;

import fr.cnnumerique.cafeia.events.EventCalendar;
import fr.cnnumerique.cafeia.events.EventStatus;
import fr.cnnumerique.cafeia.events.EventSummary;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page a registrant reaches from their mails, without an account: the café, the
 * registration, the joining link of an online café once confirmed, and forms to change
 * the number of places or cancel. The token in the URL is the only key; an unknown or
 * erased one gets a 404 page that says the link is no longer valid.
 */
@Controller
class ManageController {

	private static final String BASE = "/inscriptions/{token:[A-Za-z0-9_-]{32,64}}";

	private final RegistrationStore store;

	private final RegistrationDesk desk;

	private final EventCalendar events;

	ManageController(RegistrationStore store, RegistrationDesk desk, EventCalendar events) {
		this.store = store;
		this.desk = desk;
		this.events = events;
	}

	@GetMapping(BASE)
	String show(@PathVariable String token, Model model) {
		Registration registration = registration(token);
		EventSummary event = this.events.find(registration.eventId()).orElseThrow(RegistrationNotFoundException::new);
		model.addAttribute("registration", registration);
		model.addAttribute("event", event);
		model.addAttribute("open", event.status().isPublic() && event.startsAt().toInstant().isAfter(Instant.now())
				&& event.status() != EventStatus.CANCELLED);
		model.addAttribute("joinUrl",
				(registration.status() == RegistrationStatus.CONFIRMED) ? event.onlineUrl() : null);
		return "registrations/manage";
	}

	@PostMapping(BASE + "/places")
	String changePlaces(@PathVariable String token, @RequestParam(required = false) String places,
			RedirectAttributes redirect) {
		registration(token);
		Integer wanted = parsePlaces(places);
		if (wanted == null) {
			redirect.addFlashAttribute("error", "registrations.manage.places.invalid");
			return "redirect:/inscriptions/" + token;
		}
		try {
			this.desk.changePlaces(token, wanted, Instant.now());
			redirect.addFlashAttribute("success", "registrations.manage.places.changed");
		}
		catch (RegistrationRefused ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/inscriptions/" + token;
	}

	@PostMapping(BASE + "/annuler")
	String cancel(@PathVariable String token, RedirectAttributes redirect) {
		registration(token);
		this.desk.cancel(token, Instant.now());
		redirect.addFlashAttribute("success", "registrations.manage.cancelled");
		return "redirect:/inscriptions/" + token;
	}

	private Registration registration(String token) {
		return this.store.byToken(token).orElseThrow(RegistrationNotFoundException::new);
	}

	private static Integer parsePlaces(String text) {
		if (text == null || !text.matches("[1-4]")) {
			return null;
		}
		return Integer.valueOf(text);
	}

}
