package fr.cnnumerique.cafeia.events.page;

import java.util.List;
import java.util.Locale;

import fr.cnnumerique.cafeia.events.EventPageSection;
import fr.cnnumerique.cafeia.events.management.EventDetails;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The page of a café, {@code /cafes/{id}-{slug}}: published and cancelled cafés only,
 * past ones included (they say they are over). The slug follows the approved title, so an
 * address without it or with an old one moves permanently to the current one.
 */
@Controller
class CafePageController {

	private final CafePages pages;

	private final List<EventPageSection> sections;

	CafePageController(CafePages pages, List<EventPageSection> sections) {
		this.pages = pages;
		this.sections = sections;
	}

	@GetMapping("/cafes/{id:\\d+}-{slug}")
	Object show(@PathVariable long id, @PathVariable String slug, Locale locale, Model model) {
		EventDetails details = this.pages.find(id).orElseThrow(() -> new CafeNotFoundException(id));
		if (!details.event().slug().equals(slug)) {
			return permanentRedirect(details.event().publicPath());
		}
		model.addAttribute("page", this.pages.page(details, locale));
		List<EventPageSection.Section> shown = this.sections.stream()
			.flatMap((section) -> section.sectionFor(details.event()).stream())
			.toList();
		shown.forEach((section) -> model.addAllAttributes(section.model()));
		model.addAttribute("sections", shown);
		return "events/page/show";
	}

	@GetMapping("/cafes/{id:\\d+}")
	ModelAndView showWithoutSlug(@PathVariable long id) {
		EventDetails details = this.pages.find(id).orElseThrow(() -> new CafeNotFoundException(id));
		return permanentRedirect(details.event().publicPath());
	}

	private static ModelAndView permanentRedirect(String path) {
		RedirectView redirect = new RedirectView(path, true);
		redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		redirect.setExposeModelAttributes(false);
		return new ModelAndView(redirect);
	}

}
