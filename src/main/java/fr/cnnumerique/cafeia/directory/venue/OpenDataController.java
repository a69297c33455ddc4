package fr.cnnumerique.cafeia.directory.venue;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The open-data page listing the portal's exports, their formats and licence. Kept here
 * until the site module takes over static pages.
 */
@Controller
class OpenDataController {

	@GetMapping("/donnees")
	String openData() {
		return "directory/venues/open-data";
	}

}
