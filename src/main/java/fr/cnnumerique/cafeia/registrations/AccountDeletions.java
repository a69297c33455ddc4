package fr.cnnumerique.cafeia.registrations;

import fr.cnnumerique.cafeia.accounts.AccountDeleted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A deleted account no longer lists its registrations: they are detached from it. The
 * registrations themselves stay for their café, with what was typed in the form, until
 * the retention job erases them.
 */
@Component
class AccountDeletions {

	private final RegistrationStore store;

	AccountDeletions(RegistrationStore store) {
		this.store = store;
	}

	@ApplicationModuleListener
	void on(AccountDeleted deleted) {
		this.store.detachAccount(deleted.accountId());
	}

}
