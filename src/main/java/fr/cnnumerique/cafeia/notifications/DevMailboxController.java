package fr.cnnumerique.cafeia.notifications;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import fr.cnnumerique.cafeia.shared.ConditionalOnEmbeddedDatabase;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The development mailbox: every mail of the outbox, readable in the browser with its
 * links clickable. It exists only when the portal runs on its embedded database, never
 * against a real one.
 */
@Controller
@ConditionalOnEmbeddedDatabase
class DevMailboxController {

	static final int PAGE_SIZE = 20;

	/**
	 * The HTML body is shown in a sandboxed frame: no script, no form, no request but
	 * images, and only this portal may frame it. Browsers obey {@code frame-ancestors}
	 * over the {@code X-Frame-Options: DENY} the security configuration adds.
	 */
	static final String HTML_BODY_POLICY = "sandbox; default-src 'none'; img-src https: data:; "
			+ "style-src 'unsafe-inline'; frame-ancestors 'self'";

	private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+");

	private final MailOutbox outbox;

	DevMailboxController(MailOutbox outbox) {
		this.outbox = outbox;
	}

	/**
	 * The mailbox shows every reset and verification link: it answers only to the machine
	 * the portal runs on, so a demo instance reachable on a network does not hand
	 * accounts to its visitors.
	 */
	@ModelAttribute
	void onlyFromThisMachine(HttpServletRequest request) {
		if (!isLoopback(request.getRemoteAddr())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	static boolean isLoopback(String address) {
		return address != null
				&& (address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1"));
	}

	@GetMapping("/dev/courriels")
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		Page<StoredMail> mails = this.outbox.list(PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
		model.addAttribute("mails", mails);
		model.addAttribute("zone", ZONE);
		return "notifications/mailbox";
	}

	@GetMapping("/dev/courriels/{id}")
	String show(@PathVariable long id, Model model) {
		StoredMail mail = find(id);
		model.addAttribute("mail", mail);
		model.addAttribute("links", links(mail.text()));
		model.addAttribute("zone", ZONE);
		return "notifications/mail";
	}

	@GetMapping("/dev/courriels/{id}/html")
	ResponseEntity<String> html(@PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("Content-Security-Policy", HTML_BODY_POLICY)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(find(id).html());
	}

	private StoredMail find(long id) {
		return this.outbox.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static List<String> links(String text) {
		LinkedHashSet<String> links = new LinkedHashSet<>();
		Matcher matcher = LINK.matcher(text);
		while (matcher.find()) {
			links.add(matcher.group().replaceAll("[.,;:!?)\\]]+$", ""));
		}
		return List.copyOf(links);
	}

}
