package fr.cnnumerique.cafeia.accounts;

import java.time.Instant;

/**
 * An administrator suspended an account: it can no longer log in and its sessions are
 * ended. Modules publishing content must hide this author's content until
 * {@link AccountReactivated}. Published within the suspending transaction.
 *
 * @param accountId the suspended account
 * @param at when the suspension happened
 */
public record AccountSuspended(long accountId, Instant at) {

}
