package fr.cnnumerique.cafeia.feedback;

import java.time.LocalDate;
import java.util.List;

/**
 * The participants' comments staff retained for publication: the only comments any public
 * output (the annual report) may show. A comment is anonymous from the start, and staff
 * remove what could identify someone before retaining it.
 */
public interface ParticipantComments {

	/**
	 * The comments retained by staff on cafés held in a period, as they read after staff
	 * edits; pending and dismissed comments are never returned.
	 * @param from the first day of the period
	 * @param toExclusive the day after the period
	 * @return the comments, by date of café then in the order they were given
	 */
	List<RetainedComment> retained(LocalDate from, LocalDate toExclusive);

	/**
	 * One retained comment.
	 *
	 * @param id the answer id, stable, for deduplication and links back to curation
	 * @param cafeDate the day of the café
	 * @param departementCode its département, {@code null} online
	 * @param regionCode its région, {@code null} online
	 * @param satisfaction the satisfaction given with the comment, 1 to 5
	 * @param text the comment, at most 500 characters
	 */
	record RetainedComment(long id, LocalDate cafeDate, String departementCode, String regionCode, int satisfaction,
			String text) {

	}

}
