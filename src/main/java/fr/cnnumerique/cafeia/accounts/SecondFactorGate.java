package fr.cnnumerique.cafeia.accounts;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a staff member halfway through logging in on the page of the step left to take:
 * every other route (but logout, static assets and error pages) redirects there, so the
 * person is told what to do instead of meeting a 403. Runs in the security filter chain
 * only, before the authorisation rules.
 */
class SecondFactorGate extends OncePerRequestFilter {

	private static final List<String> ALWAYS_OPEN = List.of("/deconnexion", "/error", "/css/", "/js/", "/img/",
			"/webjars/", "/favicon");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof SecondFactorPending pending && !isOpen(pending, request)) {
			response.sendRedirect(request.getContextPath() + pending.step().path());
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isOpen(SecondFactorPending pending, HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals(pending.step().path()) || ALWAYS_OPEN.stream().anyMatch(path::startsWith);
	}

}
