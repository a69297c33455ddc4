package fr.cnnumerique.cafeia.accounts;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
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
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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
	 * Sessions are indexed by account id rather than by the login address: the address
	 * can change during a session, the id cannot, so "end the other sessions" finds them
	 * all.
	 */
	static String sessionIndex(long accountId) {
		return "account:" + accountId;
	}

	@EventListener
	void indexSessionByAccount(AuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		Long accountId = (authentication instanceof SecondFactorPending pending) ? Long.valueOf(pending.accountId())
				: CurrentAccount.from(authentication).map(CurrentAccount::id).orElse(null);
		if (accountId != null
				&& RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			attributes.getRequest()
				.getSession(true)
				.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, sessionIndex(accountId));
		}
	}

	/**
	 * Logs the account out everywhere but in the current request's session, so that a new
	 * password also shuts out whoever knew the old one.
	 */
	void endOtherSessions(long accountId, HttpServletRequest request) {
		HttpSession current = request.getSession(false);
		String keep = (current != null) ? current.getId() : null;
		this.sessions.ifAvailable((repository) -> repository.findByPrincipalName(sessionIndex(accountId))
			.keySet()
			.stream()
			.filter((id) -> !id.equals(keep))
			.forEach(repository::deleteById));
	}

	/**
	 * Logs the account out of every session, wherever it was opened.
	 */
	void endAll(long accountId) {
		this.sessions.ifAvailable((repository) -> repository.findByPrincipalName(sessionIndex(accountId))
			.keySet()
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
			request.getSession()
				.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, sessionIndex(accountId));
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
		request.getSession()
			.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, sessionIndex(accountId));
	}

	void end(long accountId, HttpServletRequest request, HttpServletResponse response) {
		endOtherSessions(accountId, request);
		new SecurityContextLogoutHandler().logout(request, response,
				SecurityContextHolder.getContext().getAuthentication());
	}

}
