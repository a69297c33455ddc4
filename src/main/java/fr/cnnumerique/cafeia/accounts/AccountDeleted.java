package fr.cnnumerique.cafeia.accounts;

import java.time.Instant;

/**
 * An account holder deleted their account: its personal data is already erased from the
 * accounts module, and every module holding personal data linked to this account id must
 * erase or anonymise it. Published within the deleting transaction.
 *
 * @param accountId the id of the deleted account (the row stays, anonymised)
 * @param deletedAt when the deletion happened
 */
public record AccountDeleted(long accountId, Instant deletedAt) {

}
