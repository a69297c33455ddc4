package fr.cnnumerique.cafeia.resources.files;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A library form sent with a file above {@code spring.servlet.multipart.max-file-size} is
 * refused by the servlet container before any controller sees it: the author is sent back
 * to the form (forms and their POST share a URL) with a French message rather than an
 * error page. Nothing was stored. The forms carry their CSRF token in the URL as well, so
 * that the token is still readable when the container refuses to parse the body.
 */
@ControllerAdvice
class UploadLimitAdvice {

	private static final String LIBRARY_SPACE = "/espace/ressources";

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith(LIBRARY_SPACE)) {
			throw ex;
		}
		RequestContextUtils.getOutputFlashMap(request).put("error", "resources.files.too-large-request");
		return "redirect:" + path;
	}

}
