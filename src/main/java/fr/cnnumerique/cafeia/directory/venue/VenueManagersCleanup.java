package fr.cnnumerique.cafeia.directory.venue;

import fr.cnnumerique.cafeia.accounts.AccountDeleted;
import fr.cnnumerique.cafeia.accounts.AccountReactivated;
import fr.cnnumerique.cafeia.accounts.AccountSuspended;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows the accounts of the venues' managers. A deleted account is forgotten: the venue
 * describes a place, not a person, so it stays (published or not) for its other managers
 * and for staff. A suspended account is marked on its venues: a venue whose every manager
 * is suspended is hidden from the public (the {@code venue_public} view) and its relay
 * mails no suspended manager; reactivation shows it again.
 */
@Component
class VenueManagersCleanup {

	private final JdbcClient jdbc;

	VenueManagersCleanup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(AccountDeleted event) {
		this.jdbc.sql("DELETE FROM venue_manager WHERE account_id = ?").param(event.accountId()).update();
	}

	@ApplicationModuleListener
	void on(AccountSuspended event) {
		suspended(event.accountId(), true);
	}

	@ApplicationModuleListener
	void on(AccountReactivated event) {
		suspended(event.accountId(), false);
	}

	private void suspended(long accountId, boolean suspended) {
		this.jdbc.sql("UPDATE venue_manager SET suspended = ? WHERE account_id = ?")
			.params(suspended, accountId)
			.update();
	}

}
