package fr.cnnumerique.cafeia.site;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fr.cnnumerique.cafeia.events.EventCalendar;
import fr.cnnumerique.cafeia.events.EventKind;
import fr.cnnumerique.cafeia.events.EventSummary;
import fr.cnnumerique.cafeia.events.EventWhen;
import fr.cnnumerique.cafeia.territory.Place;
import fr.cnnumerique.cafeia.territory.PlaceFinder;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page: the search box, the next cafés near the commune searched last, the next
 * national online sessions and the programme's figures. The commune is kept in the
 * address ({@code /?lieu=Quimper}, the café list links back that way), not in a cookie.
 */
@Controller
class HomeController {

	static final int RADIUS_KM = 30;

	static final int NEXT_CAFES = 5;

	private final EventCalendar calendar;

	private final PlaceFinder places;

	HomeController(EventCalendar calendar, PlaceFinder places) {
		this.calendar = calendar;
		this.places = places;
	}

	@GetMapping("/")
	String home(@RequestParam(required = false) String lieu, Locale locale, Model model) {
		String where = (lieu == null || lieu.isBlank()) ? null : lieu.strip();
		if (where != null && where.length() > 100) {
			where = where.substring(0, 100);
		}
		Place place = null;
		if (where != null) {
			place = this.places.find(where).orElse(null);
			if (place == null) {
				model.addAttribute("unknownPlace", where);
			}
		}
		List<EventSummary> next = (place != null)
				? this.calendar.upcomingNear(place.latitude(), place.longitude(), RADIUS_KM, NEXT_CAFES)
				: this.calendar.upcoming(NEXT_CAFES);
		model.addAttribute("lieu", where);
		model.addAttribute("place", place);
		model.addAttribute("radius", RADIUS_KM);
		model.addAttribute("nextCafes", next.stream().map((event) -> HomeCafe.of(event, locale)).toList());
		model.addAttribute("ressources", nextOfKind(EventKind.CAFE_RESSOURCES, locale));
		model.addAttribute("animations", nextOfKind(EventKind.CAFE_ANIMATIONS, locale));
		model.addAttribute("figures", this.calendar.figures());
		return "site/home";
	}

	private HomeCafe nextOfKind(EventKind kind, Locale locale) {
		Optional<EventSummary> next = this.calendar.nextOfKind(kind);
		return next.map((event) -> HomeCafe.of(event, locale)).orElse(null);
	}

	/**
	 * A café as the home page lists it.
	 *
	 * @param event the café
	 * @param when its date and times in words
	 */
	record HomeCafe(EventSummary event, EventWhen when) {

		static HomeCafe of(EventSummary event, Locale locale) {
			return new HomeCafe(event, EventWhen.of(event, locale));
		}

	}

}
