package fr.cnnumerique.cafeia.site;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The information pages every public service owes its users.
 */
@Controller
class StaticPagesController {

	private final SiteProperties site;

	StaticPagesController(SiteProperties site) {
		this.site = site;
	}

	@GetMapping("/a-propos")
	String about() {
		return "site/about";
	}

	@GetMapping("/mentions-legales")
	String legal(Model model) {
		model.addAttribute("site", this.site);
		return "site/legal";
	}

	@GetMapping("/accessibilite")
	String accessibility(Model model) {
		model.addAttribute("site", this.site);
		return "site/accessibility";
	}

	@GetMapping("/donnees-personnelles")
	String privacy(Model model) {
		model.addAttribute("site", this.site);
		return "site/privacy";
	}

	@GetMapping("/plan-du-site")
	String sitemap() {
		return "site/sitemap";
	}

}
