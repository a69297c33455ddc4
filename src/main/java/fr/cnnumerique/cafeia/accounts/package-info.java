/**
 * Accounts: sign-up with e-mail verification, login and its throttling, password reset,
 * the account page (profile, personal-data export, deletion), roles (facilitator,
 * moderator, admin), the first administrator and the demo accounts. Owns the security
 * rules that guard every route of the portal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts",
		allowedDependencies = { "shared", "notifications" })
package fr.cnnumerique.cafeia.accounts;
