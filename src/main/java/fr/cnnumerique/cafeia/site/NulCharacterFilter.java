package fr.cnnumerique.cafeia.site;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps NUL characters away from PostgreSQL, which cannot take one in a text value and
 * would answer every query holding one with an error (a 500 page).
 * <ul>
 * <li>A GET or HEAD request whose parameters hold a NUL gets a 400 page: a search or a
 * feed has no form to show again.</li>
 * <li>Any other request (a form sent by POST, multipart included) sees its parameters
 * without the C0 control characters but tab, line feed and carriage return: characters no
 * one types on purpose, invisible in a form, which a browser only sends when pasted from
 * a broken source or forged. Every form is then safe without a check of its own, and the
 * person who sent it keeps the rest of their input.</li>
 * </ul>
 * Forms bound to constructor records read parameters through the request, so they get the
 * cleaned values too (a binder-level editor could not reach them). Uploaded files are not
 * parameters: they are untouched. Runs just after Spring Security, so that the 400
 * carries the security headers like every other response.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
class NulCharacterFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isRead(request)) {
			if (holdsNul(request.getParameterMap())) {
				response.sendError(HttpStatus.BAD_REQUEST.value());
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		chain.doFilter(new ControlCharactersRemoved(request), response);
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

	/**
	 * A text without C0 control characters but tab, line feed and carriage return.
	 * @param text any text, possibly {@code null}
	 * @return the text, the same instance when there was nothing to remove
	 */
	static String clean(String text) {
		if (text == null) {
			return null;
		}
		int length = text.length();
		int first = 0;
		while (first < length && !removed(text.charAt(first))) {
			first++;
		}
		if (first == length) {
			return text;
		}
		StringBuilder cleaned = new StringBuilder(length - 1);
		cleaned.append(text, 0, first);
		for (int i = first + 1; i < length; i++) {
			char c = text.charAt(i);
			if (!removed(c)) {
				cleaned.append(c);
			}
		}
		return cleaned.toString();
	}

	private static boolean removed(char c) {
		return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
	}

	/**
	 * The request with its parameters' names and values cleaned, computed once.
	 */
	private static final class ControlCharactersRemoved extends HttpServletRequestWrapper {

		private Map<String, String[]> parameters;

		ControlCharactersRemoved(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			if (this.parameters == null) {
				Map<String, String[]> cleaned = new LinkedHashMap<>();
				for (Map.Entry<String, String[]> parameter : super.getParameterMap().entrySet()) {
					String[] values = parameter.getValue().clone();
					for (int i = 0; i < values.length; i++) {
						values[i] = clean(values[i]);
					}
					cleaned.merge(clean(parameter.getKey()), values, ControlCharactersRemoved::concat);
				}
				this.parameters = Collections.unmodifiableMap(cleaned);
			}
			return this.parameters;
		}

		private static String[] concat(String[] first, String[] second) {
			String[] both = new String[first.length + second.length];
			System.arraycopy(first, 0, both, 0, first.length);
			System.arraycopy(second, 0, both, first.length, second.length);
			return both;
		}

		@Override
		public String getParameter(String name) {
			String[] values = getParameterMap().get(name);
			return (values != null && values.length > 0) ? values[0] : null;
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = getParameterMap().get(name);
			return (values != null) ? values.clone() : null;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}

	}

}
