package fr.cnnumerique.cafeia.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the logged-in principal in step with the account when it changes during the
 * session (a verification grants a role, an address change changes the login), and ends
 * the session when the account is deleted.
 */
@Component
class SessionAuthentication {

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	private final AccountRepository accounts;

	SessionAuthentication(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Transactional(readOnly = true)
	void refresh(long accountId, HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		boolean same = CurrentAccount.from(current).map((account) -> account.id() == accountId).orElse(false);
		if (!same) {
			return;
		}
		this.accounts.findById(accountId).filter(Account::isActive).ifPresent((account) -> {
			CurrentAccount principal = AccountAuthenticationProvider.principal(account);
			principal.eraseCredentials();
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
			SecurityContextHolder.setContext(context);
			this.repository.saveContext(context, request, response);
		});
	}

	void end(HttpServletRequest request, HttpServletResponse response) {
		new SecurityContextLogoutHandler().logout(request, response,
				SecurityContextHolder.getContext().getAuthentication());
	}

}
