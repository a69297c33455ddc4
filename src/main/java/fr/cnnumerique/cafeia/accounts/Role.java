package fr.cnnumerique.cafeia.accounts;

/**
 * What an account may do. Roles are hierarchical: an {@link #ADMIN} is also a
 * {@link #MODERATOR}, who is also a {@link #FACILITATOR} (see the role hierarchy of the
 * security configuration), so an account holds only the roles it was granted.
 */
public enum Role {

	/** Runs cafés and shares resources; granted once the e-mail address is verified. */
	FACILITATOR,

	/** Reviews submitted content. */
	MODERATOR,

	/** Manages users and the portal. */
	ADMIN;

	/**
	 * The Spring Security authority of this role.
	 * @return {@code ROLE_} followed by the role name
	 */
	public String authority() {
		return "ROLE_" + name();
	}

}
