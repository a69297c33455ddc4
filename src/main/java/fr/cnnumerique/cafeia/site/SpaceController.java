package fr.cnnumerique.cafeia.site;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The facilitator space's front page: where to manage one's public profile, venues and
 * contacts, and one's account.
 */
@Controller
class SpaceController {

	@GetMapping("/espace")
	String space() {
		return "site/space";
	}

}
