/**
 * Accounts: sign-up with e-mail verification, login and its throttling, password reset,
 * the account page (profile, personal-data export, deletion), roles (facilitator,
 * moderator, admin), the first administrator and the demo accounts. Owns the security
 * rules that guard every route of the portal.
 * <p>
 * API for other modules:
 * <ul>
 * <li>{@link fr.cnnumerique.cafeia.accounts.AccountManagement} finds accounts by id, as
 * {@link fr.cnnumerique.cafeia.accounts.AccountSummary} records;</li>
 * <li>{@link fr.cnnumerique.cafeia.accounts.CurrentAccount} is the principal of every
 * logged-in request ({@code @AuthenticationPrincipal CurrentAccount account});</li>
 * <li>{@link fr.cnnumerique.cafeia.accounts.Role} names the roles used in
 * {@code hasRole(...)} rules;</li>
 * <li>{@link fr.cnnumerique.cafeia.accounts.AccountAdministration} serves the users
 * back-office (search as {@link fr.cnnumerique.cafeia.accounts.AccountOverview} records,
 * roles, suspension, reset of the second factor), with optimistic locking; the caller
 * authorises and audits;</li>
 * <li>{@link fr.cnnumerique.cafeia.accounts.AccountSuspended} and
 * {@link fr.cnnumerique.cafeia.accounts.AccountReactivated} are published when an
 * administrator suspends or reactivates an account: content modules hide, then show
 * again, that author's content;</li>
 * <li>{@link fr.cnnumerique.cafeia.accounts.AccountDeleted} is published when a person
 * deletes their account: every module holding personal data tied to the account id must
 * erase it.</li>
 * </ul>
 * <p>
 * Rules worth knowing: an account whose address is not yet verified may log in, but has
 * no role until it follows the link, so it reaches only its own account page (which
 * offers a new link). Failed logins are counted in PostgreSQL per e-mail address and per
 * IP address, so the limits hold across nodes, and the answer is the same whether the
 * account exists or not. Links sent by mail carry 32 random bytes and only their SHA-256
 * is stored. A deleted account keeps its row and id, anonymised.
 * <p>
 * Moderators and administrators log in in two steps: password, then a TOTP code from an
 * authenticator app or one of ten single-use recovery codes; a staff account without an
 * authenticator is first led through enrolment. Wrong codes are throttled apart from
 * wrong passwords.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts",
		allowedDependencies = { "shared", "notifications" })
package fr.cnnumerique.cafeia.accounts;
