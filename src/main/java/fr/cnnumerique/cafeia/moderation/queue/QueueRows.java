package fr.cnnumerique.cafeia.moderation.queue;

import java.time.Instant;

/**
 * Read models of the staff pages, other than {@link QueueItem}.
 */
public final class QueueRows {

	private QueueRows() {
	}

	/**
	 * How many rows of one content type a list holds.
	 *
	 * @param type the content type
	 * @param count the number of rows
	 */
	public record TypeCount(String type, long count) {

	}

	/**
	 * A piece of content with reports awaiting action.
	 *
	 * @param itemId queue item id
	 * @param contentType content type
	 * @param title public title
	 * @param status where the content stands, as a {@code ModerationStatus} name
	 * @param openReports reports awaiting action
	 * @param firstReportAt when the oldest of them was sent
	 */
	public record ReportedItem(long itemId, String contentType, String title, String status, long openReports,
			Instant firstReportAt) {

	}

	/**
	 * One visitor report, without the reporter's address.
	 *
	 * @param id report id
	 * @param reason reason code
	 * @param message the visitor's message, or {@code null}
	 * @param followUp whether the visitor left an address to hear the outcome
	 * @param status {@code OPEN}, {@code DISMISSED} or {@code ACTIONED}
	 * @param createdAt when it was sent
	 */
	public record Report(long id, String reason, String message, boolean followUp, String status, Instant createdAt) {

	}

	/**
	 * A moderation decision from the audit log, for the dashboard.
	 *
	 * @param at when
	 * @param actorName who, {@code null} for the system
	 * @param action action code such as {@code moderation.approve}
	 * @param targetType content type
	 * @param targetLabel title at the time
	 * @param reason reason as recorded
	 */
	public record RecentDecision(Instant at, String actorName, String action, String targetType, String targetLabel,
			String reason) {

	}

}
