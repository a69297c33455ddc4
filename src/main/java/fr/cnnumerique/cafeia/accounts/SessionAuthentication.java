package fr.cnnumerique.cafeia.accounts;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the logged-in principal in step with the account when it changes during the
 * session (a verification grants a role, an address change changes the login), and ends
 * sessions when the password changes or the account is deleted.
 */
@Component
class SessionAuthentication {

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	private final AccountRepository accounts;

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	SessionAuthentication(AccountRepository accounts,
			ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	/**
	 * Logs the account out everywhere but in the current request's session, so that a new
	 * password also shuts out whoever knew the old one.
	 */
	void endOtherSessions(String email, HttpServletRequest request) {
		HttpSession current = request.getSession(false);
		String keep = (current != null) ? current.getId() : null;
		this.sessions.ifAvailable((repository) -> repository.findByPrincipalName(email)
			.keySet()
			.stream()
			.filter((id) -> !id.equals(keep))
			.forEach(repository::deleteById));
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

	/**
	 * Replaces a staff member's half-done login with the full one once the second factor
	 * is passed, under a new session id so that whoever saw the old one gains nothing.
	 */
	@Transactional(readOnly = true)
	void completeLogin(long accountId, HttpServletRequest request, HttpServletResponse response) {
		Account account = this.accounts.findById(accountId)
			.filter(Account::isActive)
			.orElseThrow(() -> new AccountNotFoundException(accountId));
		CurrentAccount principal = AccountAuthenticationProvider.principal(account);
		principal.eraseCredentials();
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.repository.saveContext(context, request, response);
	}

	/**
	 * Logs the account out everywhere, including halfway logins: after a suspension, a
	 * change of roles or a reset of the second factor, the person must log in again.
	 */
	void endAllSessions(String email) {
		this.sessions.ifAvailable((repository) -> List.copyOf(repository.findByPrincipalName(email).keySet())
			.forEach(repository::deleteById));
	}

	void end(String email, HttpServletRequest request, HttpServletResponse response) {
		endOtherSessions(email, request);
		new SecurityContextLogoutHandler().logout(request, response,
				SecurityContextHolder.getContext().getAuthentication());
	}

}
