package fr.cnnumerique.cafeia.accounts;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.PermissionsPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;

/**
 * A request the firewall refuses (a {@code ;} or {@code //} in its path, an encoded
 * slash…) is answered 400 before the security filters write their headers: this handler
 * writes the same ones first, so that no response of the portal goes without them.
 */
class RejectedRequestHandler implements RequestRejectedHandler {

	private final List<HeaderWriter> headers = List.of(
			new ContentSecurityPolicyHeaderWriter(SecurityConfiguration.CONTENT_SECURITY_POLICY),
			new XContentTypeOptionsHeaderWriter(),
			new ReferrerPolicyHeaderWriter(SecurityConfiguration.REFERRER_POLICY),
			new PermissionsPolicyHeaderWriter(SecurityConfiguration.PERMISSIONS_POLICY),
			new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY), new HstsHeaderWriter());

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
			throws IOException {
		for (HeaderWriter writer : this.headers) {
			writer.writeHeaders(request, response);
		}
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

}
