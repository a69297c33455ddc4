package fr.cnnumerique.cafeia.accounts;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a logged-in person. Controllers of any module get it with
 * {@code @AuthenticationPrincipal CurrentAccount account} or
 * {@link #from(Authentication)}. It is stored in the shared HTTP session, so it holds
 * nothing but ids and authorities: read names through {@link AccountManagement}.
 */
public final class CurrentAccount implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String email;

	private final boolean verified;

	private final List<SimpleGrantedAuthority> authorities;

	private String password;

	CurrentAccount(long id, String email, String password, boolean verified, Collection<Role> roles) {
		this.id = id;
		this.email = email;
		this.password = password;
		this.verified = verified;
		this.authorities = roles.stream().sorted().map((role) -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	/**
	 * The logged-in account behind an authentication, if any.
	 * @param authentication the current authentication, possibly {@code null} or
	 * anonymous
	 * @return the account, or empty for anonymous visitors
	 */
	public static Optional<CurrentAccount> from(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof CurrentAccount account) {
			return Optional.of(account);
		}
		return Optional.empty();
	}

	/**
	 * The account id, stable for the life of the account.
	 * @return the id to store in other modules' tables
	 */
	public long id() {
		return this.id;
	}

	/**
	 * The e-mail address used to log in, as it was at login time.
	 * @return the address
	 */
	public String email() {
		return this.email;
	}

	/**
	 * Whether the address was verified at login time.
	 * @return {@code true} once verified
	 */
	public boolean verified() {
		return this.verified;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.authorities;
	}

	@Override
	public String getPassword() {
		return this.password;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public void eraseCredentials() {
		this.password = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentAccount account && account.id == this.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "CurrentAccount[id=" + this.id + "]";
	}

}
