package fr.cnnumerique.cafeia.directory.facilitator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fr.cnnumerique.cafeia.taxonomy.Taxonomies;
import fr.cnnumerique.cafeia.taxonomy.Vocabulary;
import fr.cnnumerique.cafeia.territory.Place;
import fr.cnnumerique.cafeia.territory.PlaceFinder;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public directory of facilitators: search near a commune or a postal code, filters,
 * and each profile's page as last approved. Works without JavaScript.
 */
@Controller
class DirectoryController {

	static final List<Integer> RADII = List.of(5, 10, 30, 50, 100);

	static final int DEFAULT_RADIUS = 30;

	static final int PAGE_SIZE = 20;

	private final FacilitatorSearch search;

	private final PlaceFinder places;

	private final Taxonomies taxonomies;

	DirectoryController(FacilitatorSearch search, PlaceFinder places, Taxonomies taxonomies) {
		this.search = search;
		this.places = places;
		this.taxonomies = taxonomies;
	}

	@GetMapping("/annuaire/animateurs")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String lieu,
			@RequestParam(required = false) Integer rayon, @RequestParam(required = false) String theme,
			@RequestParam(name = "public", required = false) String audience,
			@RequestParam(required = false) String format, @RequestParam(defaultValue = "1") int page, Model model) {
		int radius = (rayon != null && RADII.contains(rayon)) ? rayon : DEFAULT_RADIUS;
		String name = clean(q, 80);
		String where = clean(lieu, 100);
		String themeCode = known(Vocabulary.THEME, theme);
		String audienceCode = known(Vocabulary.AUDIENCE, audience);
		String formatCode = ("presentiel".equals(format) || "en-ligne".equals(format)) ? format : null;
		Place place = null;
		boolean unknownPlace = false;
		if (where != null) {
			Optional<Place> found = this.places.find(where);
			if (found.isPresent()) {
				place = found.get();
			}
			else {
				unknownPlace = true;
				model.addAttribute("placeSuggestions",
						this.places.suggest(where, 5).stream().map(Place::label).toList());
			}
		}
		Page<PublishedProfile> results = unknownPlace ? Page.empty(PageRequest.of(0, PAGE_SIZE))
				: this.search.search(name, place, radius, themeCode, audienceCode, formatCode,
						PageRequest.of(Math.max(0, page - 1), PAGE_SIZE));
		model.addAttribute("q", name);
		model.addAttribute("lieu", where);
		model.addAttribute("rayon", radius);
		model.addAttribute("radii", RADII);
		model.addAttribute("theme", themeCode);
		model.addAttribute("audience", audienceCode);
		model.addAttribute("format", formatCode);
		model.addAttribute("place", place);
		model.addAttribute("unknownPlace", unknownPlace);
		model.addAttribute("results", results);
		model.addAttribute("themes", this.taxonomies.active(Vocabulary.THEME));
		model.addAttribute("audiences", this.taxonomies.active(Vocabulary.AUDIENCE));
		model.addAttribute("widerRadius",
				RADII.stream()
					.filter((r) -> r > radius)
					.findFirst()
					.map((r) -> link(name, where, r, themeCode, audienceCode, formatCode))
					.orElse(null));
		model.addAttribute("baseUrl", link(name, where, radius, themeCode, audienceCode, formatCode));
		return "directory/facilitators/list";
	}

	@GetMapping("/annuaire/animateurs/{id:[0-9]+}")
	RedirectView showWithoutSlug(@PathVariable long id) {
		return canonical(this.search.published(id).orElseThrow(() -> new FacilitatorNotFoundException(id)));
	}

	@GetMapping("/annuaire/animateurs/{id:[0-9]+}-{slug}")
	Object show(@PathVariable long id, @PathVariable String slug, Model model, Locale locale) {
		PublishedProfile profile = this.search.published(id).orElseThrow(() -> new FacilitatorNotFoundException(id));
		if (!profile.slug().equals(slug)) {
			return canonical(profile);
		}
		model.addAttribute("profile", profile);
		model.addAttribute("themes", this.taxonomies.findAll(Vocabulary.THEME, profile.content().themes()));
		model.addAttribute("audiences", this.taxonomies.findAll(Vocabulary.AUDIENCE, profile.content().audiences()));
		return "directory/facilitators/show";
	}

	static RedirectView canonical(PublishedProfile profile) {
		RedirectView redirect = new RedirectView(profile.path(), true);
		redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		return redirect;
	}

	private String known(Vocabulary vocabulary, String code) {
		return (code != null && code.length() <= 80 && this.taxonomies.find(vocabulary, code).isPresent()) ? code
				: null;
	}

	private static String clean(String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		return (stripped.length() > max) ? stripped.substring(0, max) : stripped;
	}

	private static String link(String name, String where, int radius, String theme, String audience, String format) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/annuaire/animateurs");
		if (name != null) {
			builder.queryParam("q", name);
		}
		if (where != null) {
			builder.queryParam("lieu", where);
		}
		builder.queryParam("rayon", radius);
		if (theme != null) {
			builder.queryParam("theme", theme);
		}
		if (audience != null) {
			builder.queryParam("public", audience);
		}
		if (format != null) {
			builder.queryParam("format", format);
		}
		return builder.build().encode().toUriString();
	}

}
