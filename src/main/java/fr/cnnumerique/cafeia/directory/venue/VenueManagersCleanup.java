package fr.cnnumerique.cafeia.directory.venue;

import fr.cnnumerique.cafeia.accounts.AccountDeleted;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Forgets who managed a venue when that person deletes their account. The venue itself
 * describes a place, not a person, so it stays (published or not) for its other managers
 * and for staff.
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

}
