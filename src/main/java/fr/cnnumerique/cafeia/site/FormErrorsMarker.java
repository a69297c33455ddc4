package fr.cnnumerique.cafeia.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Tells the templates when a form comes back with errors ({@code formHasErrors}), so the
 * page title starts with "Erreur :" as the RGAA asks: it is the first thing a screen
 * reader announces after a failed submission.
 */
class FormErrorsMarker implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || view.getViewName() == null || view.getViewName().startsWith("redirect:")) {
			return;
		}
		if (view.getModel()
			.values()
			.stream()
			.anyMatch((value) -> value instanceof BindingResult result && result.hasErrors())) {
			view.addObject("formHasErrors", true);
		}
	}

}
