package fr.cnnumerique.cafeia.accounts;

import java.time.Instant;

/**
 * An administrator lifted the suspension of an account: it may log in again, and modules
 * publishing content show again what they hid on {@link AccountSuspended}. Published
 * within the reactivating transaction.
 *
 * @param accountId the reactivated account
 * @param at when the reactivation happened
 */
public record AccountReactivated(long accountId, Instant at) {

}
