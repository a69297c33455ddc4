package fr.cnnumerique.cafeia.shared;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.shared.PublicFormGuard.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

class PublicFormGuardTests {

	private final PublicFormGuard guard = guard("un secret partagé par tous les nœuds");

	private static PublicFormGuard guard(String secret) {
		return new PublicFormGuard(null,
				new PublicFormsProperties(secret, Duration.ofSeconds(3), Duration.ofHours(2), Duration.ofDays(1)));
	}

	@Test
	void acceptsAFormFilledAtHumanSpeed() {
		assertThat(this.guard.check("", this.guard.token(Instant.now().minusSeconds(5)))).isEqualTo(Verdict.ACCEPTED);
		assertThat(this.guard.check(null, this.guard.token(Instant.now().minusSeconds(5)))).isEqualTo(Verdict.ACCEPTED);
	}

	@Test
	void anotherNodeWithTheSameSecretAcceptsTheToken() {
		String token = this.guard.token(Instant.now().minusSeconds(5));
		assertThat(guard("un secret partagé par tous les nœuds").check(null, token)).isEqualTo(Verdict.ACCEPTED);
		assertThat(guard("un autre secret").check(null, token)).isEqualTo(Verdict.EXPIRED);
	}

	@Test
	void refusesFilledHoneypotsTooFastPostsAndForgedOrOldTokens() {
		String token = this.guard.token(Instant.now().minusSeconds(5));
		assertThat(this.guard.check("http://spam", token)).isEqualTo(Verdict.HONEYPOT);
		assertThat(this.guard.check(null, this.guard.token())).isEqualTo(Verdict.TOO_FAST);
		assertThat(this.guard.check(null, this.guard.token(Instant.now().minus(Duration.ofHours(3)))))
			.isEqualTo(Verdict.EXPIRED);
		String later = Long.toString(Instant.now().minusSeconds(60).toEpochMilli());
		assertThat(this.guard.check(null, later + token.substring(token.indexOf('.')))).isEqualTo(Verdict.EXPIRED);
		assertThat(this.guard.check(null, null)).isEqualTo(Verdict.EXPIRED);
		assertThat(this.guard.check(null, "garbage")).isEqualTo(Verdict.EXPIRED);
		assertThat(this.guard.check(null, "abc.def")).isEqualTo(Verdict.EXPIRED);
	}

}
