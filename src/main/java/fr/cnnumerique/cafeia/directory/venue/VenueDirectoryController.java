package fr.cnnumerique.cafeia.directory.venue;

import java.util.List;
import java.util.Optional;

import fr.cnnumerique.cafeia.directory.VenueActivity;
import fr.cnnumerique.cafeia.directory.VenueSummary;
import fr.cnnumerique.cafeia.directory.venue.Geocoder.GeoPoint;
import fr.cnnumerique.cafeia.shared.MapProperties;
import fr.cnnumerique.cafeia.territory.Place;
import fr.cnnumerique.cafeia.territory.PlaceFinder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public directory of venues: search near a commune with filters, and each venue's
 * page. Shows only approved versions and works without JavaScript; the map is an
 * enhancement loaded on request.
 */
@Controller
class VenueDirectoryController {

	static final List<Integer> RADII = List.of(5, 10, 30, 50, 100);

	static final int DEFAULT_RADIUS = 30;

	static final int PAGE_SIZE = 20;

	static final int UPCOMING_LIMIT = 10;

	static final List<String> ACCESSIBILITY = List.of("step-free", "adapted-toilets", "hearing-loop", "other");

	private final VenueQueries queries;

	private final VenueStore store;

	private final PlaceFinder places;

	private final MapProperties map;

	private final ObjectProvider<VenueActivity> activity;

	VenueDirectoryController(VenueQueries queries, VenueStore store, PlaceFinder places, MapProperties map,
			ObjectProvider<VenueActivity> activity) {
		this.queries = queries;
		this.store = store;
		this.places = places;
		this.map = map;
		this.activity = activity;
	}

	@GetMapping("/annuaire/lieux")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String lieu,
			@RequestParam(required = false) Integer rayon, @RequestParam(required = false) String type,
			@RequestParam(name = "acces", required = false) List<String> access,
			@RequestParam(name = "pret", defaultValue = "false") boolean ready,
			@RequestParam(defaultValue = "1") int page, Model model) {
		String name = blankToNull(q);
		String where = blankToNull(lieu);
		int radius = (rayon != null && RADII.contains(rayon)) ? rayon : DEFAULT_RADIUS;
		String venueType = (type != null && VenueType.of(type).isPresent()) ? type : null;
		List<String> accessibility = (access != null) ? access.stream().filter(ACCESSIBILITY::contains).toList()
				: List.of();
		model.addAttribute("q", name);
		model.addAttribute("lieu", where);
		model.addAttribute("rayon", radius);
		model.addAttribute("type", venueType);
		model.addAttribute("acces", accessibility);
		model.addAttribute("pret", ready);
		model.addAttribute("radii", RADII);
		model.addAttribute("types", java.util.Arrays.stream(VenueType.values()).map(VenueType::code).toList());
		model.addAttribute("accessibilityCodes", ACCESSIBILITY);
		model.addAttribute("map", this.map);
		Optional<Place> place = Optional.empty();
		if (where != null) {
			place = this.places.find(where);
			if (place.isEmpty()) {
				model.addAttribute("unknownPlace", where);
				model.addAttribute("suggestions", this.places.suggest(where, 5).stream().map(Place::label).toList());
				return "directory/venues/list";
			}
			model.addAttribute("place", place.get());
		}
		GeoPoint near = place.map((found) -> new GeoPoint(found.latitude(), found.longitude())).orElse(null);
		Page<VenueSummary> venues = this.queries.search(
				new VenueSearch(name, near, radius, venueType, accessibility, ready),
				PageRequest.of(Math.max(0, page - 1), PAGE_SIZE));
		model.addAttribute("venues", venues);
		model.addAttribute("baseUrl", baseUrl(name, where, radius, venueType, accessibility, ready));
		Integer wider = RADII.stream().filter((larger) -> larger > radius).findFirst().orElse(null);
		if (near != null && venues.isEmpty() && wider != null) {
			model.addAttribute("widerRadius", wider);
			model.addAttribute("widerUrl", baseUrl(name, where, wider, venueType, accessibility, ready));
		}
		return "directory/venues/list";
	}

	@GetMapping("/annuaire/lieux/{id:\\d+}-{slug}")
	Object show(@PathVariable long id, @PathVariable String slug, Model model) {
		VenueDraft venue = this.store.published(id).orElseThrow(() -> new VenueNotFoundException(id));
		if (!venue.slug().equals(slug)) {
			return permanentRedirect(venue.publicPath());
		}
		model.addAttribute("venue", venue);
		VenueActivity upcoming = this.activity.getIfAvailable();
		model.addAttribute("upcoming", (upcoming != null) ? upcoming.upcomingAt(id, UPCOMING_LIMIT) : List.of());
		return "directory/venues/show";
	}

	@GetMapping("/annuaire/lieux/{id:\\d+}")
	ModelAndView showWithoutSlug(@PathVariable long id) {
		VenueDraft venue = this.store.published(id).orElseThrow(() -> new VenueNotFoundException(id));
		return permanentRedirect(venue.publicPath());
	}

	private static ModelAndView permanentRedirect(String path) {
		RedirectView redirect = new RedirectView(path, true);
		redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		redirect.setExposeModelAttributes(false);
		return new ModelAndView(redirect);
	}

	private static String baseUrl(String name, String where, int radius, String type, List<String> access,
			boolean ready) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/annuaire/lieux");
		if (name != null) {
			url.queryParam("q", name);
		}
		if (where != null) {
			url.queryParam("lieu", where);
			url.queryParam("rayon", radius);
		}
		if (type != null) {
			url.queryParam("type", type);
		}
		access.forEach((code) -> url.queryParam("acces", code));
		if (ready) {
			url.queryParam("pret", true);
		}
		return url.encode().build().toUriString();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
