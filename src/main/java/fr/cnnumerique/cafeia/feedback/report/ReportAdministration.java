package fr.cnnumerique.cafeia.feedback.report;

import java.util.Objects;

import fr.cnnumerique.cafeia.feedback.curation.Curation;
import fr.cnnumerique.cafeia.feedback.curation.CurationJournal;
import fr.cnnumerique.cafeia.moderation.AuditEntry;
import fr.cnnumerique.cafeia.moderation.AuditLog;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do with reports: close and reopen a year, and curate free texts before any
 * public output. Every change is written to the audit log in the same transaction.
 */
@Service
class ReportAdministration {

	static final String ITEM_TARGET = "feedback-item";

	private static final String ITEM_ACTIONS = "feedback.item";

	private final ReportStore store;

	private final AuditLog audit;

	private final CurationJournal journal;

	ReportAdministration(ReportStore store, AuditLog audit, CurationJournal journal) {
		this.store = store;
		this.audit = audit;
		this.journal = journal;
	}

	/**
	 * Closes a year: facilitators can no longer file or change its reports.
	 * @return whether it was open
	 */
	@Transactional
	boolean lock(int year, long staffId) {
		boolean locked = this.store.lock(year, staffId);
		if (locked) {
			this.audit.record(new AuditEntry(staffId, nameOf(staffId), "feedback.year.lock", "feedback-year",
					Integer.toString(year), Integer.toString(year), null));
		}
		return locked;
	}

	/**
	 * Opens a closed year again.
	 * @return whether it was closed
	 */
	@Transactional
	boolean unlock(int year, long staffId) {
		boolean unlocked = this.store.unlock(year);
		if (unlocked) {
			this.audit.record(new AuditEntry(staffId, nameOf(staffId), "feedback.year.unlock", "feedback-year",
					Integer.toString(year), Integer.toString(year), null));
		}
		return unlocked;
	}

	@Transactional(readOnly = true)
	Page<CurationLine> items(CurationFilter filter, Pageable page) {
		return this.store.items(filter, page);
	}

	/**
	 * One item.
	 * @throws ReportNotFoundException if there is none with this id
	 */
	@Transactional(readOnly = true)
	CurationLine item(long id) {
		return this.store.item(id).orElseThrow(() -> new ReportNotFoundException(id));
	}

	/**
	 * Changes an item's text and theme, typically to remove personal data; the audit log
	 * keeps the text before and after.
	 * @return whether it was changed; {@code false} when someone changed it in between
	 */
	@Transactional
	boolean edit(CurationLine item, String text, String theme, long version, long staffId) {
		if (!this.store.editItem(item.id(), text, theme, version, staffId)) {
			return false;
		}
		String themeChange = Objects.equals(item.themeCode(), theme) ? null
				: "thématique : " + item.themeCode() + " → " + theme;
		this.journal.edited(staffId, ITEM_ACTIONS, ITEM_TARGET, item.id(), label(item), item.text(), text, themeChange);
		return true;
	}

	/**
	 * Retains an item for the annual report, sets it aside, or puts it back to sort.
	 * @throws ReportNotFoundException if there is no such item
	 */
	@Transactional
	boolean curate(long id, Curation curation, Long version, long staffId) {
		CurationLine item = item(id);
		if (version == null || item.version() != version) {
			return false;
		}
		if (item.curation() == curation) {
			return true;
		}
		if (!this.store.setCuration(id, curation, version, staffId)) {
			return false;
		}
		this.journal.curated(staffId, ITEM_ACTIONS, ITEM_TARGET, id, label(item), item.text(), curation);
		return true;
	}

	private static String label(CurationLine item) {
		return item.kind().name().toLowerCase();
	}

	private String nameOf(long accountId) {
		return this.journal.nameOf(accountId);
	}

}
