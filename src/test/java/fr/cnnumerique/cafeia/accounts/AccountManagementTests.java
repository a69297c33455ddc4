package fr.cnnumerique.cafeia.accounts;

import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StaffLogin;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accounts' public API finds verified, active accounts by address, whatever the case.
 */
@IntegrationTest
class AccountManagementTests {

	@Autowired
	AccountManagement management;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void findsOnlyActiveVerifiedAccountsByAddressIgnoringCase() {
		var staff = new StaffLogin(this.context).create("Vérifiée", Role.FACILITATOR);
		var found = this.management.findVerifiedByEmail(" " + staff.email().toUpperCase() + " ");
		assertThat(found).hasValueSatisfying((account) -> {
			assertThat(account.id()).isEqualTo(staff.id());
			assertThat(account.displayName()).isEqualTo("Vérifiée");
			assertThat(account.verified()).isTrue();
		});
		assertThat(this.management.findVerifiedByEmail("personne-" + staff.id() + "@exemple.fr")).isEmpty();
		assertThat(this.management.findVerifiedByEmail(null)).isEmpty();
		assertThat(this.management.findVerifiedByEmail(" ")).isEmpty();

		this.jdbc.update("UPDATE account SET email_verified_at = NULL WHERE id = ?", staff.id());
		assertThat(this.management.findVerifiedByEmail(staff.email())).isEmpty();
		this.jdbc.update("UPDATE account SET email_verified_at = now(), status = 'DISABLED' WHERE id = ?", staff.id());
		assertThat(this.management.findVerifiedByEmail(staff.email())).isEmpty();
	}

}
