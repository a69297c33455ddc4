package fr.cnnumerique.cafeia.feedback.participant;

import java.time.LocalDate;
import java.util.List;

import fr.cnnumerique.cafeia.feedback.ParticipantComments;
import fr.cnnumerique.cafeia.feedback.curation.Curation;
import fr.cnnumerique.cafeia.feedback.curation.CurationJournal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do with participants' comments before any public output: edit a comment to
 * anonymise it and retain it for the annual report or set it aside. Every change is
 * written to the audit log in the same transaction. Other modules read only the retained
 * comments, through {@link ParticipantComments}.
 */
@Service
class CommentCuration implements ParticipantComments {

	static final String TARGET = "feedback-comment";

	private static final String ACTIONS = "feedback.comment";

	private static final String LABEL = "commentaire";

	private final CommentStore store;

	private final CurationJournal journal;

	CommentCuration(CommentStore store, CurationJournal journal) {
		this.store = store;
		this.journal = journal;
	}

	@Transactional(readOnly = true)
	Page<CommentLine> comments(CommentFilter filter, Pageable page) {
		return this.store.comments(filter, page);
	}

	@Transactional(readOnly = true)
	List<Integer> years() {
		return this.store.years();
	}

	/**
	 * One comment.
	 * @throws CommentNotFoundException if no answer with this id has a comment
	 */
	@Transactional(readOnly = true)
	CommentLine comment(long id) {
		return this.store.comment(id).orElseThrow(() -> new CommentNotFoundException(id));
	}

	/**
	 * Changes a comment's text, typically to remove personal data; the participant's text
	 * is kept, the audit log holds the text before and after.
	 * @return whether it was changed; {@code false} when someone changed it in between
	 */
	@Transactional
	boolean edit(CommentLine comment, String text, long version, long staffId) {
		if (!this.store.edit(comment.id(), text, version, staffId)) {
			return false;
		}
		this.journal.edited(staffId, ACTIONS, TARGET, comment.id(), LABEL, comment.text(), text, null);
		return true;
	}

	/**
	 * Retains a comment for the annual report, sets it aside, or puts it back to sort.
	 * @throws CommentNotFoundException if there is no such comment
	 */
	@Transactional
	boolean curate(long id, Curation curation, Long version, long staffId) {
		CommentLine comment = comment(id);
		if (version == null || comment.version() != version) {
			return false;
		}
		if (comment.curation() == curation) {
			return true;
		}
		if (!this.store.setCuration(id, curation, version, staffId)) {
			return false;
		}
		this.journal.curated(staffId, ACTIONS, TARGET, id, LABEL, comment.text(), curation);
		return true;
	}

	@Override
	@Transactional(readOnly = true)
	public List<RetainedComment> retained(LocalDate from, LocalDate toExclusive) {
		return this.store.retained(from, toExclusive);
	}

}
