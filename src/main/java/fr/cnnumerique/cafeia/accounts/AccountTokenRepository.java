package fr.cnnumerique.cafeia.accounts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

	Optional<AccountToken> findByTokenHashAndPurposeIn(String tokenHash, Collection<AccountToken.Purpose> purposes);

	List<AccountToken> findByAccountIdOrderByCreatedAt(long accountId);

	long countByAccountIdAndPurposeAndCreatedAtAfter(long accountId, AccountToken.Purpose purpose, Instant after);

	@Modifying
	@Query("update AccountToken t set t.usedAt = current_timestamp where t.accountId = :accountId and t.purpose = :purpose and t.usedAt is null")
	int useAll(long accountId, AccountToken.Purpose purpose);

	@Modifying
	@Query("delete from AccountToken t where t.accountId = :accountId")
	int deleteByAccount(long accountId);

	@Modifying
	@Query("delete from AccountToken t where t.expiresAt < :before")
	int deleteExpiredBefore(Instant before);

}
