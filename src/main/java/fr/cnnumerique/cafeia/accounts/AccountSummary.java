package fr.cnnumerique.cafeia.accounts;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What other modules may know of an account that is not deleted.
 *
 * @param id the account id, the only way other modules refer to an account
 * @param displayName the name the person chose, fit for public display
 * @param email the verified or pending address, for mailing the account holder; never
 * display it publicly
 * @param roles the roles granted (without the ones implied by the role hierarchy), in
 * ascending order of power
 * @param verified whether the e-mail address has been verified
 * @param locale the language the person uses on the portal, for the mails they receive
 */
public record AccountSummary(long id, String displayName, String email, Set<Role> roles, boolean verified,
		Locale locale) {

	public AccountSummary {
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

	static AccountSummary of(Account account) {
		return new AccountSummary(account.getId(), account.getDisplayName(), account.getEmail(), account.getRoles(),
				account.isVerified(), "en".equals(account.getLocale()) ? Locale.ENGLISH : Locale.FRENCH);
	}

}
