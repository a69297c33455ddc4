package fr.cnnumerique.cafeia.accounts;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

	@Query("select a from Account a where a.email = :email and a.status <> fr.cnnumerique.cafeia.accounts.Account.Status.DELETED")
	Optional<Account> findByEmail(String email);

	@Query("select count(a) > 0 from Account a join a.roles r where r = :role and a.status <> fr.cnnumerique.cafeia.accounts.Account.Status.DELETED")
	boolean existsWithRole(Role role);

}
