package fr.cnnumerique.cafeia.events.management;

import fr.cnnumerique.cafeia.accounts.CurrentAccount;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The facilitator's cafés, as organiser or co-facilitator, in three tabs: upcoming
 * (published or cancelled), past, and drafts (including those waiting for moderation or
 * sent back).
 */
@Controller
class MyCafesController {

	static final int PAGE_SIZE = 20;

	private final EventEditor editor;

	MyCafesController(EventEditor editor) {
		this.editor = editor;
	}

	@GetMapping("/espace/cafes")
	String list(@AuthenticationPrincipal CurrentAccount account,
			@RequestParam(name = "onglet", required = false) String tabName,
			@RequestParam(name = "page", required = false) String pageNumber, Model model) {
		MyCafe.Tab tab = MyCafe.Tab.of(tabName);
		int page = (pageNumber != null && pageNumber.matches("[0-9]{1,6}")) ? Integer.parseInt(pageNumber) : 1;
		model.addAttribute("tab", tab.slug());
		model.addAttribute("tabs", MyCafe.Tab.values());
		model.addAttribute("cafes",
				this.editor.mine(account.id(), tab, PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE)));
		model.addAttribute("baseUrl", "/espace/cafes?onglet=" + tab.slug());
		return "events/management/mine";
	}

}
