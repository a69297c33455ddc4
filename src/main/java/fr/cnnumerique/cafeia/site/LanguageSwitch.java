package fr.cnnumerique.cafeia.site;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every rendered page the links of the language switch in the footer
 * ({@code languageLinks.fr}, {@code languageLinks.en}): the page being shown, with every
 * parameter kept (search filters, page number) and {@code lang} set.
 */
class LanguageSwitch implements HandlerInterceptor {

	static final String ATTRIBUTE = "languageLinks";

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view != null && view.getViewName() != null && !view.getViewName().startsWith("redirect:")) {
			view.addObject(ATTRIBUTE, Map.of("fr", url(request, "fr"), "en", url(request, "en")));
		}
	}

	static String url(HttpServletRequest request, String language) {
		Object errorPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (errorPath instanceof String original) ? original : request.getRequestURI();
		String query = request.getQueryString();
		return UriComponentsBuilder.fromUriString(path + ((query != null) ? "?" + query : ""))
			.replaceQueryParam("lang", language)
			.build()
			.toUriString();
	}

}
