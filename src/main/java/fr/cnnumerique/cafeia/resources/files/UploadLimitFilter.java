package fr.cnnumerique.cafeia.resources.files;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A library form sent with a file above {@code spring.servlet.multipart.max-file-size} is
 * refused by the servlet container as soon as anyone reads a parameter, which the CSRF
 * filter does first: without this filter the author would get an error page. Placed just
 * before Spring Security, it reads the parameters of multipart posts to the library's
 * space and, when the body is too large, sends the author back to the form (forms and
 * their POST share a URL) where a French message says that nothing was stored.
 */
@Component
@Order(UploadLimitFilter.BEFORE_SECURITY)
public class UploadLimitFilter extends OncePerRequestFilter {

	/** Spring Security's filter chain is registered at -100. */
	static final int BEFORE_SECURITY = -101;

	/** The query parameter that makes the library's forms show the message. */
	public static final String TOO_LARGE = "fichier-trop-lourd";

	private static final String LIBRARY_SPACE = "/espace/ressources/";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return !"POST".equals(request.getMethod()) || contentType == null
				|| !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
				|| !path(request).startsWith(LIBRARY_SPACE);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParameterMap();
		}
		catch (RuntimeException ex) {
			if (!isSizeLimit(ex)) {
				throw ex;
			}
			response.sendRedirect(request.getContextPath() + path(request) + "?" + TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isSizeLimit(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause.getClass().getSimpleName().endsWith("SizeLimitExceededException")
					|| cause.getClass().getSimpleName().equals("MaxUploadSizeExceededException")) {
				return true;
			}
		}
		return false;
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
