package fr.cnnumerique.cafeia.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to other people's accounts, for the users back-office: search,
 * roles, suspension, reset of the second factor. It checks nothing about who acts: the
 * caller authorises, and audits in the same transaction.
 * <p>
 * Every change takes the {@link AccountOverview#version() version} the administrator saw
 * and throws {@link OptimisticLockingFailureException} if the account changed since
 * (including a login), so that no change made meanwhile is silently overwritten. Every
 * change that takes effect ends the account's sessions, so that it applies at once: the
 * person logs in again with the new roles, and a new staff member enrols a second factor.
 * Unknown and deleted accounts give an {@link AccountNotFoundException} (a 404 page).
 */
@Service
public class AccountAdministration {

	private static final String SELECT = """
			SELECT a.id, a.display_name, a.email, a.status, a.email_verified_at IS NOT NULL AS verified,
			       a.created_at, a.last_login_at, a.suspended_at, a.suspension_reason, a.version,
			       coalesce((SELECT string_agg(r.role, ',') FROM account_role r WHERE r.account_id = a.id), '') AS roles,
			       EXISTS (SELECT 1 FROM account_second_factor f
			               WHERE f.account_id = a.id AND f.enrolled_at IS NOT NULL) AS enrolled
			FROM account a
			""";

	private final AccountRepository accounts;

	private final JdbcClient jdbc;

	private final SecondFactor secondFactor;

	private final SessionAuthentication sessions;

	private final ApplicationEventPublisher events;

	AccountAdministration(AccountRepository accounts, JdbcClient jdbc, SecondFactor secondFactor,
			SessionAuthentication sessions, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.secondFactor = secondFactor;
		this.sessions = sessions;
		this.events = events;
	}

	/**
	 * Finds accounts that are not deleted, ordered by name.
	 * @param query the criteria
	 * @param pageable the page wanted (its sort is ignored)
	 * @return a page of accounts, with the total count
	 */
	@Transactional(readOnly = true)
	public Page<AccountOverview> search(AccountQuery query, Pageable pageable) {
		StringBuilder where = new StringBuilder(" WHERE a.status <> 'DELETED'");
		Map<String, Object> params = new LinkedHashMap<>();
		if (query.text() != null) {
			where.append(" AND (immutable_unaccent(lower(a.display_name)) || ' ' || lower(a.email::text))")
				.append(" LIKE '%' || immutable_unaccent(lower(:text)) || '%' ESCAPE '\\'");
			params.put("text", query.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
		}
		if (query.role() != null) {
			where.append(" AND EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role IN (:roles))");
			params.put("roles",
					Arrays.stream(Role.values())
						.filter((r) -> r.compareTo(query.role()) >= 0)
						.map(Role::name)
						.toList());
		}
		if (query.status() != null) {
			where.append(" AND a.status = :status");
			params.put("status", (query.status() == AccountStatus.SUSPENDED) ? "DISABLED" : "ACTIVE");
		}
		long total = this.jdbc.sql("SELECT count(*) FROM account a" + where).params(params).query(Long.class).single();
		List<AccountOverview> content = this.jdbc
			.sql(SELECT + where + " ORDER BY lower(a.display_name), a.id LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(AccountAdministration::overview)
			.list();
		return new PageImpl<>(content, pageable, total);
	}

	/**
	 * Finds an account that is not deleted.
	 * @param id the account id
	 * @return the account, or empty if unknown or deleted
	 */
	@Transactional(readOnly = true)
	public Optional<AccountOverview> find(long id) {
		return this.jdbc.sql(SELECT + " WHERE a.id = :id AND a.status <> 'DELETED'")
			.param("id", id)
			.query(AccountAdministration::overview)
			.optional();
	}

	/**
	 * Grants a role.
	 * @param id the account
	 * @param role the role
	 * @param expectedVersion the version the administrator saw
	 * @return {@code true} if the account did not hold the role yet
	 */
	@Transactional
	public boolean grant(long id, Role role, long expectedVersion) {
		Account account = load(id, expectedVersion);
		return changed(account, account.grant(role));
	}

	/**
	 * Revokes a role granted directly.
	 * @param id the account
	 * @param role the role
	 * @param expectedVersion the version the administrator saw
	 * @return {@code true} if the account held the role
	 */
	@Transactional
	public boolean revoke(long id, Role role, long expectedVersion) {
		Account account = load(id, expectedVersion);
		return changed(account, account.revoke(role));
	}

	/**
	 * Suspends an account: refused at login from now on, sessions ended,
	 * {@link AccountSuspended} published.
	 * @param id the account
	 * @param reason why, kept for the back-office
	 * @param expectedVersion the version the administrator saw
	 * @return {@code true} if the account was active
	 */
	@Transactional
	public boolean suspend(long id, String reason, long expectedVersion) {
		Account account = load(id, expectedVersion);
		if (account.isSuspended()) {
			return false;
		}
		account.suspend(reason);
		this.events.publishEvent(new AccountSuspended(id, account.getSuspendedAt()));
		return changed(account, true);
	}

	/**
	 * Lifts a suspension and publishes {@link AccountReactivated}.
	 * @param id the account
	 * @param expectedVersion the version the administrator saw
	 * @return {@code true} if the account was suspended
	 */
	@Transactional
	public boolean reactivate(long id, long expectedVersion) {
		Account account = load(id, expectedVersion);
		if (!account.isSuspended()) {
			return false;
		}
		account.reactivate();
		this.events.publishEvent(new AccountReactivated(id, Instant.now()));
		return changed(account, true);
	}

	/**
	 * Forgets the account's authenticator and recovery codes and ends its sessions: its
	 * next login leads to a new enrolment.
	 * @param id the account
	 * @return {@code true} if there was a second factor, enrolled or being enrolled
	 */
	@Transactional
	public boolean resetSecondFactor(long id) {
		Account account = this.accounts.findById(id)
			.filter((found) -> found.getStatus() != Account.Status.DELETED)
			.orElseThrow(() -> new AccountNotFoundException(id));
		return changed(account, this.secondFactor.reset(id));
	}

	private Account load(long id, long expectedVersion) {
		Account account = this.accounts.findById(id)
			.filter((found) -> found.getStatus() != Account.Status.DELETED)
			.orElseThrow(() -> new AccountNotFoundException(id));
		if (account.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException(
					"Account " + id + " is at version " + account.getVersion() + ", not " + expectedVersion);
		}
		return account;
	}

	private boolean changed(Account account, boolean changed) {
		if (changed) {
			this.accounts.flush();
			this.sessions.endAll(account.getId());
		}
		return changed;
	}

	private static AccountOverview overview(ResultSet rs, int row) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String role : rs.getString("roles").split(",")) {
			if (!role.isEmpty()) {
				roles.add(Role.valueOf(role));
			}
		}
		return new AccountOverview(rs.getLong("id"), rs.getString("display_name"), rs.getString("email"), roles,
				"DISABLED".equals(rs.getString("status")) ? AccountStatus.SUSPENDED : AccountStatus.ACTIVE,
				rs.getBoolean("verified"), rs.getBoolean("enrolled"), instant(rs.getTimestamp("created_at")),
				instant(rs.getTimestamp("last_login_at")), instant(rs.getTimestamp("suspended_at")),
				rs.getString("suspension_reason"), rs.getLong("version"));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
