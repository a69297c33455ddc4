package fr.cnnumerique.cafeia.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Issues and looks up single-use links: 32 random bytes, URL-safe Base64 in the link,
 * SHA-256 in the database.
 */
@Component
class Tokens {

	private static final SecureRandom random = new SecureRandom();

	private final AccountTokenRepository tokens;

	Tokens(AccountTokenRepository tokens) {
		this.tokens = tokens;
	}

	String issue(Account account, AccountToken.Purpose purpose, String newEmail, Duration validity) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.tokens
			.save(new AccountToken(account.getId(), hash(token), purpose, newEmail, Instant.now().plus(validity)));
		return token;
	}

	/**
	 * The token behind a link if it is of one of the purposes and still usable.
	 */
	Optional<AccountToken> findUsable(String token, AccountToken.Purpose... purposes) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = Instant.now();
		return this.tokens.findByTokenHashAndPurposeIn(hash(token), List.of(purposes))
			.filter((found) -> found.isUsable(now));
	}

	boolean recentlySent(Account account, AccountToken.Purpose purpose, int maxPerHour) {
		return this.tokens.countByAccountIdAndPurposeAndCreatedAtAfter(account.getId(), purpose,
				Instant.now().minus(Duration.ofHours(1))) >= maxPerHour;
	}

	static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
