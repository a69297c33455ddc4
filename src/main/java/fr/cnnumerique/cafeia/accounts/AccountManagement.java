package fr.cnnumerique.cafeia.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the accounts module. Accounts are referred to by id; a
 * deleted account keeps its id but is no longer found.
 */
@Service
public class AccountManagement {

	private final AccountRepository accounts;

	AccountManagement(AccountRepository accounts) {
		this.accounts = accounts;
	}

	/**
	 * Finds an account that is not deleted.
	 * @param id the account id
	 * @return the account, or empty if it never existed or was deleted
	 */
	@Transactional(readOnly = true)
	public Optional<AccountSummary> find(long id) {
		return this.accounts.findById(id)
			.filter((account) -> account.getStatus() != Account.Status.DELETED)
			.map(AccountSummary::of);
	}

	/**
	 * Finds several accounts at once, skipping unknown and deleted ones.
	 * @param ids the account ids
	 * @return the accounts found, in no particular order
	 */
	@Transactional(readOnly = true)
	public List<AccountSummary> findAll(Collection<Long> ids) {
		return this.accounts.findAllById(ids)
			.stream()
			.filter((account) -> account.getStatus() != Account.Status.DELETED)
			.map(AccountSummary::of)
			.toList();
	}

	/**
	 * Finds the active account whose verified address is this one, for inviting a known
	 * person by e-mail (such as a venue co-manager). The comparison ignores case and
	 * surrounding spaces. Deleted, suspended and unverified accounts are not found, and
	 * neither is an account whose address change is still pending under the new address.
	 * Callers must not tell the person asking more than "no verified account uses this
	 * address".
	 * @param email the address as typed, may be {@code null}
	 * @return the account, or empty if none is active and verified with this address
	 */
	@Transactional(readOnly = true)
	public Optional<AccountSummary> findVerifiedByEmail(String email) {
		if (email == null || email.isBlank()) {
			return Optional.empty();
		}
		return this.accounts.findByEmail(email.strip().toLowerCase(Locale.ROOT))
			.filter((account) -> account.getStatus() == Account.Status.ACTIVE && account.isVerified())
			.map(AccountSummary::of);
	}

}
