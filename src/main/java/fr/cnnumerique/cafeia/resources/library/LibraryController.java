package fr.cnnumerique.cafeia.resources.library;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fr.cnnumerique.cafeia.taxonomy.Taxonomies;
import fr.cnnumerique.cafeia.taxonomy.Vocabulary;

import org.springframework.beans.factory.annotation.Value;
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
 * The public library: search with filters, and each item's page with its attribution,
 * downloadable versions and chain of adaptations. Shows only approved versions and works
 * without JavaScript.
 */
@Controller
class LibraryController {

	static final int PAGE_SIZE = 20;

	private static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");

	private final LibraryQueries queries;

	private final LibraryStore store;

	private final Taxonomies taxonomies;

	private final Attribution attribution;

	private final String baseUrl;

	LibraryController(LibraryQueries queries, LibraryStore store, Taxonomies taxonomies, Attribution attribution,
			@Value("${cafeia.base-url:http://localhost:8080}") String baseUrl) {
		this.queries = queries;
		this.store = store;
		this.taxonomies = taxonomies;
		this.attribution = attribution;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@GetMapping("/ressources")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) String theme,
			@RequestParam(name = "public", required = false) String audience,
			@RequestParam(name = "niveau", required = false) String level,
			@RequestParam(required = false) String licence,
			@RequestParam(name = "langue", required = false) String language,
			@RequestParam(name = "tri", required = false) String sort, @RequestParam(defaultValue = "1") int page,
			Model model) {
		LibraryQueries.Criteria criteria = new LibraryQueries.Criteria(blankToNull(q), known(type, Vocabularies.KINDS),
				known(theme, codes(Vocabulary.THEME)), known(audience, codes(Vocabulary.AUDIENCE)),
				known(level, Vocabularies.LEVELS), Licence.of(licence).map(Licence::code).orElse(null),
				known(language, Vocabularies.LANGUAGES), "downloads".equals(sort) ? "downloads" : "recent");
		model.addAttribute("criteria", criteria);
		model.addAttribute("kinds", Vocabularies.KINDS);
		model.addAttribute("levels", Vocabularies.LEVELS);
		model.addAttribute("languages", Vocabularies.LANGUAGES);
		model.addAttribute("licences", List.of(Licence.values()).stream().map(Licence::code).toList());
		model.addAttribute("themes", this.taxonomies.active(Vocabulary.THEME));
		model.addAttribute("audiences", this.taxonomies.active(Vocabulary.AUDIENCE));
		model.addAttribute("items", this.queries.search(criteria, PageRequest.of(Math.max(0, page - 1), PAGE_SIZE)));
		model.addAttribute("baseUrl", baseUrl(criteria));
		return "resources/list";
	}

	@GetMapping("/ressources/{id:\\d+}-{slug}")
	Object show(@PathVariable long id, @PathVariable String slug, Model model, Locale locale) {
		LibraryItem item = this.store.published(id).orElseThrow(() -> new ItemNotFoundException(id));
		if (!item.slug().equals(slug)) {
			return permanentRedirect(item.publicPath());
		}
		List<LibraryItem> sources = this.store.sources(id);
		model.addAttribute("item", item);
		model.addAttribute("zone", PARIS);
		model.addAttribute("versions", this.store.versions(id, true));
		model.addAttribute("sources", sources);
		model.addAttribute("adaptations", this.store.adaptations(id));
		model.addAttribute("attribution", this.attribution.of(item, sources, this.baseUrl, locale));
		model.addAttribute("themes", this.taxonomies.findAll(Vocabulary.THEME, item.themes()));
		model.addAttribute("audiences", this.taxonomies.findAll(Vocabulary.AUDIENCE, item.audiences()));
		return "resources/show";
	}

	@GetMapping("/ressources/{id:\\d+}")
	ModelAndView showWithoutSlug(@PathVariable long id) {
		LibraryItem item = this.store.published(id).orElseThrow(() -> new ItemNotFoundException(id));
		return permanentRedirect(item.publicPath());
	}

	private List<String> codes(Vocabulary vocabulary) {
		return this.taxonomies.all(vocabulary).stream().map((term) -> term.code()).toList();
	}

	private static ModelAndView permanentRedirect(String path) {
		RedirectView redirect = new RedirectView(path, true);
		redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		redirect.setExposeModelAttributes(false);
		return new ModelAndView(redirect);
	}

	private static String baseUrl(LibraryQueries.Criteria criteria) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/ressources");
		Optional.ofNullable(criteria.text()).ifPresent((value) -> url.queryParam("q", value));
		Optional.ofNullable(criteria.kind()).ifPresent((value) -> url.queryParam("type", value));
		Optional.ofNullable(criteria.theme()).ifPresent((value) -> url.queryParam("theme", value));
		Optional.ofNullable(criteria.audience()).ifPresent((value) -> url.queryParam("public", value));
		Optional.ofNullable(criteria.level()).ifPresent((value) -> url.queryParam("niveau", value));
		Optional.ofNullable(criteria.licence()).ifPresent((value) -> url.queryParam("licence", value));
		Optional.ofNullable(criteria.language()).ifPresent((value) -> url.queryParam("langue", value));
		if ("downloads".equals(criteria.sort())) {
			url.queryParam("tri", "downloads");
		}
		return url.encode().build().toUriString();
	}

	private static String known(String value, List<String> codes) {
		return (value != null && codes.contains(value)) ? value : null;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
