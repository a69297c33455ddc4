package fr.cnnumerique.cafeia.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the accounts module.
 *
 * @param verificationLinkValidity how long an e-mail verification or change link works
 * @param resetLinkValidity how long a password reset link works
 * @param firstAdminLinkValidity how long the first administrator's set-password link
 * works
 * @param maxMailsPerHour how many links of one kind an account may be sent in an hour, so
 * the forms cannot be used to flood a mailbox
 * @param loginThrottle limits on failed logins
 * @param mailingFormsPerIp how many sign-ups, reset requests or new-link requests one IP
 * address may send in an hour (each sends a mail), so the forms cannot relay spam
 */
@ConfigurationProperties("cafeia.accounts")
record AccountsProperties(@DefaultValue("24h") Duration verificationLinkValidity,
		@DefaultValue("1h") Duration resetLinkValidity, @DefaultValue("24h") Duration firstAdminLinkValidity,
		@DefaultValue("5") int maxMailsPerHour, @DefaultValue LoginThrottle loginThrottle,
		@DefaultValue("10") int mailingFormsPerIp) {

	/**
	 * Limits on failed logins, counted in the database so they hold across nodes.
	 *
	 * @param maxFailuresPerAccount failures on one e-mail address (since its last
	 * success) within the window that block it
	 * @param maxFailuresPerIp failures from one IP address within the window that block
	 * it
	 * @param window the period over which failures are counted
	 * @param lockout how long logins stay refused once a limit is reached
	 * @param retention how long attempts are kept before the purge job deletes them
	 */
	record LoginThrottle(@DefaultValue("5") int maxFailuresPerAccount, @DefaultValue("20") int maxFailuresPerIp,
			@DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockout,
			@DefaultValue("1d") Duration retention) {

	}

}
