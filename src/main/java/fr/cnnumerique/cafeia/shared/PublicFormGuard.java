package fr.cnnumerique.cafeia.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps robots off the public forms that need no account (reports, idea box, feedback),
 * without a third-party CAPTCHA. Three checks, each usable alone:
 * <ol>
 * <li>a <em>honeypot</em>: a field hidden from people and assistive technologies (the
 * fragment {@code fragments/public-form :: guard(token)}); a filled one betrays a
 * robot;</li>
 * <li>a <em>minimum fill time</em>: the form carries the time it was shown, signed with
 * HMAC-SHA256 and the configured {@code cafeia.forms.secret} so every node can check a
 * form shown by another; a post sooner than {@code cafeia.forms.min-fill-time} or later
 * than {@code max-fill-time}, or with a forged token, is refused;</li>
 * <li>a <em>rate limit per IP address</em>, counted in PostgreSQL so that it holds across
 * nodes.</li>
 * </ol>
 * Usage: put {@link #token()} in the model as {@code formToken}, include the fragment in
 * the form, call {@link #check(String, String)} with the parameters
 * {@value #HONEYPOT_FIELD} and {@value #TOKEN_FIELD}, then
 * {@link #tryAcquire(String, String, int, Duration)} before storing, and answer 429 with
 * {@code error/429} when it refuses. Behind a proxy, set
 * {@code server.forward-headers-strategy} so the remote address is the visitor's.
 */
@Component
public class PublicFormGuard {

	/** Name of the honeypot parameter. */
	public static final String HONEYPOT_FIELD = "website";

	/** Name of the signed time parameter. */
	public static final String TOKEN_FIELD = "formToken";

	static final String DEVELOPMENT_SECRET = "cafeia-development-only-forms-secret";

	private static final Logger log = LoggerFactory.getLogger(PublicFormGuard.class);

	private final JdbcClient jdbc;

	private final PublicFormsProperties properties;

	private final SecretKeySpec key;

	PublicFormGuard(JdbcClient jdbc, PublicFormsProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.key = new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		if (DEVELOPMENT_SECRET.equals(properties.secret())) {
			log.warn("cafeia.forms.secret is the development default: set CAFEIA_FORMS_SECRET in production");
		}
	}

	/**
	 * The outcome of {@link #check(String, String)}.
	 */
	public enum Verdict {

		/** Looks like a person. */
		ACCEPTED,

		/** The honeypot was filled: drop the post silently. */
		HONEYPOT,

		/** Posted sooner than a person could have filled the form. */
		TOO_FAST,

		/** No token, a forged one, or a form shown too long ago. */
		EXPIRED

	}

	/**
	 * A token saying the form is shown now.
	 * @return the value of the {@value #TOKEN_FIELD} hidden field
	 */
	public String token() {
		return token(Instant.now());
	}

	/**
	 * A token saying the form was shown at the given time, for forms rendered earlier and
	 * for tests.
	 * @param shownAt when the form was shown
	 * @return the value of the {@value #TOKEN_FIELD} hidden field
	 */
	public String token(Instant shownAt) {
		String millis = Long.toString(shownAt.toEpochMilli());
		return millis + "." + sign(millis);
	}

	/**
	 * Checks the honeypot and the fill time of a posted form.
	 * @param honeypot value of the {@value #HONEYPOT_FIELD} parameter, {@code null} if
	 * absent
	 * @param token value of the {@value #TOKEN_FIELD} parameter, {@code null} if absent
	 * @return what to do with the post
	 */
	public Verdict check(String honeypot, String token) {
		if (honeypot != null && !honeypot.isEmpty()) {
			return Verdict.HONEYPOT;
		}
		if (token == null) {
			return Verdict.EXPIRED;
		}
		int dot = token.indexOf('.');
		if (dot < 1) {
			return Verdict.EXPIRED;
		}
		String millis = token.substring(0, dot);
		byte[] expected = sign(millis).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
			return Verdict.EXPIRED;
		}
		Instant shownAt;
		try {
			shownAt = Instant.ofEpochMilli(Long.parseLong(millis));
		}
		catch (NumberFormatException ex) {
			return Verdict.EXPIRED;
		}
		Duration elapsed = Duration.between(shownAt, Instant.now());
		if (elapsed.compareTo(this.properties.minFillTime()) < 0) {
			return Verdict.TOO_FAST;
		}
		return (elapsed.compareTo(this.properties.maxFillTime()) > 0) ? Verdict.EXPIRED : Verdict.ACCEPTED;
	}

	/**
	 * Counts one submission of a form from an IP address, unless the address already
	 * reached the limit within the window. Serialised per form and address with a
	 * PostgreSQL advisory lock, so concurrent posts on several nodes cannot overshoot.
	 * @param form a stable name for the form, such as {@code moderation.report}
	 * @param ip the client address
	 * @param max submissions allowed within the window
	 * @param window the sliding period
	 * @return {@code true} if counted and allowed, {@code false} if over the limit
	 * (answer 429)
	 */
	@Transactional
	public boolean tryAcquire(String form, String ip, int max, Duration window) {
		String address = (ip != null) ? ip : "unknown";
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:form), hashtext(:ip))")
			.param("form", form)
			.param("ip", address)
			.query()
			.singleRow();
		int recent = this.jdbc.sql("SELECT count(*) FROM public_form_hit WHERE form = ? AND ip = ? AND at > ?")
			.params(form, address, Timestamp.from(Instant.now().minus(window)))
			.query(Integer.class)
			.single();
		if (recent >= max) {
			return false;
		}
		this.jdbc.sql("INSERT INTO public_form_hit (form, ip) VALUES (?, ?)").params(form, address).update();
		return true;
	}

	/**
	 * Deleting old rows is idempotent, so every node may run it without a lock.
	 */
	@Scheduled(cron = "${cafeia.forms.purge-cron:0 17 * * * *}")
	void purge() {
		this.jdbc.sql("DELETE FROM public_form_hit WHERE at < ?")
			.param(Timestamp.from(Instant.now().minus(this.properties.retention())))
			.update();
	}

	private String sign(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			byte[] signature = mac.doFinal(("public-form:" + value).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is unavailable", ex);
		}
	}

}
