package fr.cnnumerique.cafeia.events.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import fr.cnnumerique.cafeia.events.search.EventSearchResolver.ResolvedSearch;
import fr.cnnumerique.cafeia.shared.MapProperties;
import fr.cnnumerique.cafeia.taxonomy.Taxonomies;
import fr.cnnumerique.cafeia.taxonomy.Vocabulary;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public list of upcoming cafés, {@code /cafes}: nearest then soonest around a
 * commune or the browser's position, with online cafés apart as reachable from anywhere.
 * Works without JavaScript; the map ({@code carte=1}) is drawn by a script from
 * {@code /cafes.geojson}, and the list stays the reference. Parameters that cannot be
 * understood give the form back with French messages and a 400; a commune that does not
 * exist is not an error of the request but of the visitor, and gets suggestions.
 */
@Controller
class EventSearchController {

	static final int PAGE_SIZE = 20;

	static final int ONLINE_LIMIT = 10;

	static final List<String> FORMAT_CODES = List.of("presentiel", "en-ligne", "hybride");

	private static final String VIEW = "events/search/list";

	private final EventSearchResolver resolver;

	private final EventQueries queries;

	private final Taxonomies taxonomies;

	private final MapProperties map;

	EventSearchController(EventSearchResolver resolver, EventQueries queries, Taxonomies taxonomies,
			MapProperties map) {
		this.resolver = resolver;
		this.queries = queries;
		this.taxonomies = taxonomies;
		this.map = map;
	}

	/**
	 * A commune offered when the one typed is unknown.
	 *
	 * @param label the commune and its postal code
	 * @param url the same search around it
	 */
	record Suggestion(String label, String url) {

	}

	@GetMapping("/cafes")
	String list(@RequestParam Map<String, String> query, Model model, HttpServletResponse response) {
		EventSearchParams params = EventSearchParams.from(query);
		ResolvedSearch search = this.resolver.resolve(params);
		boolean showMap = "1".equals(query.get("carte"));
		model.addAttribute("search", search);
		model.addAttribute("params", params);
		model.addAttribute("radii", EventSearchParams.RADII);
		model.addAttribute("radius", search.filter().radiusKm());
		model.addAttribute("formats", FORMAT_CODES);
		model.addAttribute("formatLabels",
				Map.of("presentiel", "IN_PERSON", "en-ligne", "ONLINE", "hybride", "HYBRID"));
		model.addAttribute("audiences", this.taxonomies.active(Vocabulary.AUDIENCE));
		model.addAttribute("themes", this.taxonomies.active(Vocabulary.THEME));
		model.addAttribute("map", this.map);
		model.addAttribute("showMap", showMap);
		model.addAttribute("listUrl", params.link("/cafes"));
		model.addAttribute("mapUrl", withMap(params.link("/cafes")));
		model.addAttribute("baseUrl", showMap ? withMap(params.link("/cafes")) : params.link("/cafes"));
		if (!search.valid()) {
			boolean unknownPlace = search.errors().size() == 1
					&& "events.search.error.place".equals(search.errors().get("lieu"));
			if (!unknownPlace) {
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			}
			EventSearchParams understood = params.without(search.errors().keySet());
			model.addAttribute("suggestions",
					search.suggestions()
						.stream()
						.map((place) -> new Suggestion(place.label(),
								understood.withLieu(place.name() + " " + place.postalCode()).link("/cafes")))
						.toList());
			return VIEW;
		}
		Instant now = Instant.now();
		int page = page(query.get("page"));
		Page<EventListing> results = this.queries.search(search.filter(), now, PageRequest.of(page - 1, PAGE_SIZE));
		model.addAttribute("results", results);
		if (search.filter().near()) {
			model.addAttribute("online", this.queries.online(search.filter(), now, ONLINE_LIMIT));
			model.addAttribute("onlineUrl", params.withoutPlace().link("/cafes"));
			int radius = search.filter().radiusKm();
			EventSearchParams.RADII.stream().filter((km) -> km > radius).findFirst().ifPresent((km) -> {
				model.addAttribute("widerRadius", km);
				model.addAttribute("widerUrl", params.withRadius(km).link("/cafes"));
			});
		}
		return VIEW;
	}

	/** The page asked for, the first one when the parameter is not a page number. */
	private static int page(String text) {
		if (text == null || !text.matches("[0-9]{1,6}")) {
			return 1;
		}
		return Math.max(1, Integer.parseInt(text));
	}

	private static String withMap(String url) {
		return UriComponentsBuilder.fromUriString(url).queryParam("carte", "1").build().toUriString();
	}

}
