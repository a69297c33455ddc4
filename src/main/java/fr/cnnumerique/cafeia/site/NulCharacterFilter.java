package fr.cnnumerique.cafeia.site;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with a 400 page a GET or HEAD request whose parameters hold a NUL character:
 * PostgreSQL cannot take one in a text value, so every search and feed would otherwise
 * answer a 500. No person types it. Forms sent by POST are left to their own checks,
 * which show the form again with the input kept (as account sign-up does). Runs just
 * after Spring Security, so that the 400 carries the security headers like every other
 * response.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
class NulCharacterFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isRead(request) && holdsNul(request.getParameterMap())) {
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isRead(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
	}

	private static boolean holdsNul(Map<String, String[]> parameters) {
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (parameter.getKey().indexOf('\0') >= 0) {
				return true;
			}
			for (String value : parameter.getValue()) {
				if (value != null && value.indexOf('\0') >= 0) {
					return true;
				}
			}
		}
		return false;
	}

}
