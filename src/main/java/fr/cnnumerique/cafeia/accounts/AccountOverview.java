package fr.cnnumerique.cafeia.accounts;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the users back-office shows of an account that is not deleted.
 *
 * @param id the account id
 * @param displayName the name the person chose
 * @param email the login address
 * @param roles the roles granted (without the ones implied by the hierarchy)
 * @param status whether the account may log in
 * @param verified whether the e-mail address has been verified
 * @param secondFactorEnrolled whether an authenticator app is enrolled
 * @param createdAt when the account was created
 * @param lastLoginAt when the password was last accepted, or {@code null}
 * @param suspendedAt when the account was suspended, {@code null} unless suspended
 * @param suspensionReason why, as typed by the administrator, {@code null} unless
 * suspended
 * @param version the row version, to send back with a change so that a change made
 * meanwhile by someone else is not overwritten
 */
public record AccountOverview(long id, String displayName, String email, Set<Role> roles, AccountStatus status,
		boolean verified, boolean secondFactorEnrolled, Instant createdAt, Instant lastLoginAt, Instant suspendedAt,
		String suspensionReason, long version) {

	public AccountOverview {
		roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
	}

	/**
	 * Whether the account holds the role, directly or through the role hierarchy.
	 * @param role the role to check
	 * @return {@code true} if granted or implied by a higher role
	 */
	public boolean hasRole(Role role) {
		return this.roles.stream().anyMatch((granted) -> granted.compareTo(role) >= 0);
	}

	/**
	 * Whether the role itself was granted (not only implied by a higher one).
	 * @param role the role to check
	 * @return {@code true} if granted
	 */
	public boolean granted(Role role) {
		return this.roles.contains(role);
	}

}
