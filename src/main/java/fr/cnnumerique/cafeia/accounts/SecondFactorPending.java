package fr.cnnumerique.cafeia.accounts;

import java.io.Serial;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A staff member who typed the right password but has not yet passed the second factor.
 * It grants one authority, which opens only the page of the step still to take (see
 * {@link SecondFactorGate}); the principal is the e-mail address, so that Spring Session
 * indexes the session under the same name as a full login and ending an account's
 * sessions ends these too. Kept in the shared session, hence serializable and holding
 * nothing but ids.
 */
final class SecondFactorPending extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String email;

	private final Step step;

	SecondFactorPending(long accountId, String email, Step step) {
		super(List.of(new SimpleGrantedAuthority(step.authority())));
		this.accountId = accountId;
		this.email = email;
		this.step = step;
		setAuthenticated(true);
	}

	/**
	 * What the staff member must still do before being fully logged in.
	 */
	enum Step {

		/** Type a code from the authenticator app, or a recovery code. */
		CODE("ROLE_MFA_PENDING", "/connexion/code"),

		/** Enrol an authenticator app: no second factor is set up yet. */
		ENROLMENT("ROLE_ENROLMENT_REQUIRED", "/compte/double-authentification");

		private final String authority;

		private final String path;

		Step(String authority, String path) {
			this.authority = authority;
			this.path = path;
		}

		String authority() {
			return this.authority;
		}

		String role() {
			return this.authority.substring("ROLE_".length());
		}

		String path() {
			return this.path;
		}

	}

	long accountId() {
		return this.accountId;
	}

	Step step() {
		return this.step;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return this.email;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SecondFactorPending pending && pending.accountId == this.accountId
				&& pending.step == this.step;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.accountId) * 31 + this.step.hashCode();
	}

}
