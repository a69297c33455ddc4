package fr.cnnumerique.cafeia.feedback.curation;

import fr.cnnumerique.cafeia.accounts.AccountManagement;
import fr.cnnumerique.cafeia.accounts.AccountSummary;
import fr.cnnumerique.cafeia.moderation.AuditEntry;
import fr.cnnumerique.cafeia.moderation.AuditLog;

import org.springframework.stereotype.Component;

/**
 * Writes staff's curation work to the audit log, in the caller's transaction: edits with
 * the text before and after, and decisions. Actions are {@code <prefix>.edit} and
 * {@code <prefix>.retained}, {@code .dismissed} or {@code .pending}.
 */
@Component
public class CurationJournal {

	private static final int LABEL_LENGTH = 80;

	private final AuditLog audit;

	private final AccountManagement accounts;

	CurationJournal(AuditLog audit, AccountManagement accounts) {
		this.audit = audit;
		this.accounts = accounts;
	}

	/**
	 * Records an edit.
	 * @param staffId who edited
	 * @param prefix the action prefix, {@code feedback.item} for instance
	 * @param target the audited target type
	 * @param id the text's id
	 * @param label what the text is, shown in the log with the start of its old text
	 * @param before the text before
	 * @param after the text after
	 * @param more further changes to note, {@code null} when none
	 */
	public void edited(long staffId, String prefix, String target, long id, String label, String before, String after,
			String more) {
		String reason = "avant : " + before + "\naprès : " + after + ((more != null) ? "\n" + more : "");
		this.audit.record(new AuditEntry(staffId, nameOf(staffId), prefix + ".edit", target, Long.toString(id),
				label(label, before), reason));
	}

	/**
	 * Records a decision.
	 * @param staffId who decided
	 * @param prefix the action prefix
	 * @param target the audited target type
	 * @param id the text's id
	 * @param label what the text is
	 * @param text the text
	 * @param curation the new status
	 */
	public void curated(long staffId, String prefix, String target, long id, String label, String text,
			Curation curation) {
		this.audit.record(new AuditEntry(staffId, nameOf(staffId), prefix + "." + curation.name().toLowerCase(), target,
				Long.toString(id), label(label, text), null));
	}

	/**
	 * The display name of a staff member, for the log.
	 * @param accountId the account
	 * @return the name, {@code null} for a deleted account
	 */
	public String nameOf(long accountId) {
		return this.accounts.find(accountId).map(AccountSummary::displayName).orElse(null);
	}

	private static String label(String label, String text) {
		return label + " : " + ((text.length() > LABEL_LENGTH) ? text.substring(0, LABEL_LENGTH) + "…" : text);
	}

}
