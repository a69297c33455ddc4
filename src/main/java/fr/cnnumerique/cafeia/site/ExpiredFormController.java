package fr.cnnumerique.cafeia.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The page shown, with status 403, when a form arrives without a valid CSRF token —
 * usually because the session expired while the person was typing.
 */
@Controller
class ExpiredFormController {

	@RequestMapping("/session-expiree")
	String expired(HttpServletRequest request, HttpServletResponse response, Model model) {
		Object form = request.getAttribute("cafeia.expiredForm");
		model.addAttribute("formUrl", (form instanceof String path && path.startsWith("/")) ? path : "/");
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		return "site/session-expired";
	}

}
