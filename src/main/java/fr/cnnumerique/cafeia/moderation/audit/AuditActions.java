package fr.cnnumerique.cafeia.moderation.audit;

import java.util.List;

/**
 * The action codes the portal records, offered in the journal's action filter even before
 * they first appear in the log. Each has a label {@code moderation.audit.action.<code>}
 * in the {@code moderation-audit} bundle; codes recorded without a label are shown as
 * they are.
 */
final class AuditActions {

	static final List<String> KNOWN = List.of("account.trust", "account.untrust", "account.suspend",
			"account.reactivate", "account.role.grant", "account.role.revoke", "account.second-factor.reset",
			"moderation.approve", "moderation.reject", "moderation.request-changes", "moderation.unpublish",
			"moderation.dismiss-reports", "moderation.publish-trusted", "theme.create", "theme.rename", "theme.move",
			"theme.retire", "theme.reactivate", "audience.create", "audience.rename", "audience.move",
			"audience.retire", "audience.reactivate", "format.create", "format.rename", "format.move", "format.retire",
			"format.reactivate");

	private AuditActions() {
	}

}
