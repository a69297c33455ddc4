package fr.cnnumerique.cafeia.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The password rule (NIST SP 800-63B, ANSSI): 12 to 128 characters, no composition rule,
 * not one of the 10,000 most common passwords, not built on the person's e-mail address
 * or name.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private static final int MIN_PERSONAL_LENGTH = 4;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load(new ClassPathResource("accounts/common-passwords.txt"));
	}

	/**
	 * Checks a candidate password.
	 * @return the message code of the first broken rule, empty if the password is fine
	 */
	Optional<String> check(String password, String email, String displayName) {
		if (password == null || password.isBlank()) {
			return Optional.of("accounts.password.required");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("accounts.password.too-short");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("accounts.password.too-long");
		}
		String candidate = password.toLowerCase(Locale.ROOT);
		if (this.common.contains(candidate)) {
			return Optional.of("accounts.password.common");
		}
		if (contains(candidate, email) || contains(candidate, localPart(email)) || contains(candidate, displayName)) {
			return Optional.of("accounts.password.personal");
		}
		return Optional.empty();
	}

	private static boolean contains(String password, String personal) {
		if (personal == null) {
			return false;
		}
		String value = personal.strip().toLowerCase(Locale.ROOT);
		String compact = value.replace(" ", "");
		return compact.length() >= MIN_PERSONAL_LENGTH && (password.contains(value) || password.contains(compact));
	}

	private static String localPart(String email) {
		if (email == null) {
			return null;
		}
		int at = email.indexOf('@');
		return (at > 0) ? email.substring(0, at) : email;
	}

	private static Set<String> load(ClassPathResource resource) {
		Set<String> passwords = new HashSet<>(16_384);
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map((line) -> line.strip().toLowerCase(Locale.ROOT))
				.forEach(passwords::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the list of common passwords", ex);
		}
		return Set.copyOf(passwords);
	}

}
