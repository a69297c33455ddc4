package fr.cnnumerique.cafeia.moderation.users;

import java.util.Set;

import fr.cnnumerique.cafeia.accounts.AccountAdministration;
import fr.cnnumerique.cafeia.accounts.AccountManagement;
import fr.cnnumerique.cafeia.accounts.AccountOverview;
import fr.cnnumerique.cafeia.accounts.AccountSummary;
import fr.cnnumerique.cafeia.accounts.Role;
import fr.cnnumerique.cafeia.moderation.AuditEntry;
import fr.cnnumerique.cafeia.moderation.AuditLog;
import fr.cnnumerique.cafeia.moderation.TrustedAuthors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' actions on users, each audited in the same transaction as the
 * change itself, so that the journal holds an entry if and only if the change took
 * effect. An administrator cannot change their own roles, suspend themselves or reset
 * their own second factor: another administrator must.
 */
@Service
class UserAdministration {

	static final Set<Role> MANAGED_ROLES = Set.of(Role.MODERATOR, Role.ADMIN);

	private final AccountAdministration accounts;

	private final AccountManagement management;

	private final AuditLog audit;

	private final TrustedAuthors trustedAuthors;

	UserAdministration(AccountAdministration accounts, AccountManagement management, AuditLog audit,
			TrustedAuthors trustedAuthors) {
		this.accounts = accounts;
		this.management = management;
		this.audit = audit;
		this.trustedAuthors = trustedAuthors;
	}

	@Transactional(readOnly = true)
	UserPage show(long id) {
		AccountOverview account = this.accounts.find(id).orElseThrow(() -> new UserNotFoundException(id));
		return new UserPage(account, this.trustedAuthors.isTrusted(id));
	}

	@Transactional
	void changeRole(long actorId, long targetId, String roleName, boolean grant, long version) {
		Role role = MANAGED_ROLES.stream()
			.filter((managed) -> managed.name().equals(roleName))
			.findFirst()
			.orElseThrow(() -> new UserActionRefusedException("moderation-users.role.unknown"));
		refuseOnSelf(actorId, targetId, "moderation-users.self.roles");
		AccountOverview target = target(targetId);
		boolean changed = grant ? this.accounts.grant(targetId, role, version)
				: this.accounts.revoke(targetId, role, version);
		if (changed) {
			record(actorId, grant ? "account.role.grant" : "account.role.revoke", target, role.name());
		}
	}

	@Transactional
	void setTrusted(long actorId, long targetId, boolean trusted) {
		// a trusted author skips moderation: nobody may grant it to themselves
		refuseOnSelf(actorId, targetId, "moderation-users.self.trust");
		AccountOverview target = target(targetId);
		this.trustedAuthors.setTrusted(targetId, target.displayName(), trusted, actorId, actorName(actorId));
	}

	@Transactional
	void suspend(long actorId, long targetId, String reason, long version) {
		refuseOnSelf(actorId, targetId, "moderation-users.self.suspend");
		AccountOverview target = target(targetId);
		if (this.accounts.suspend(targetId, reason, version)) {
			record(actorId, "account.suspend", target, reason);
		}
	}

	@Transactional
	void reactivate(long actorId, long targetId, long version) {
		AccountOverview target = target(targetId);
		if (this.accounts.reactivate(targetId, version)) {
			record(actorId, "account.reactivate", target, null);
		}
	}

	@Transactional
	void resetSecondFactor(long actorId, long targetId) {
		refuseOnSelf(actorId, targetId, "moderation-users.self.second-factor");
		AccountOverview target = target(targetId);
		if (this.accounts.resetSecondFactor(targetId)) {
			record(actorId, "account.second-factor.reset", target, null);
		}
	}

	private AccountOverview target(long id) {
		return this.accounts.find(id).orElseThrow(() -> new UserNotFoundException(id));
	}

	private void refuseOnSelf(long actorId, long targetId, String messageKey) {
		if (actorId == targetId) {
			throw new UserActionRefusedException(messageKey);
		}
	}

	private void record(long actorId, String action, AccountOverview target, String reason) {
		this.audit.record(new AuditEntry(actorId, actorName(actorId), action, "account", Long.toString(target.id()),
				target.displayName(), reason));
	}

	private String actorName(long actorId) {
		return this.management.find(actorId).map(AccountSummary::displayName).orElse(null);
	}

	record UserPage(AccountOverview account, boolean trusted) {

	}

}
