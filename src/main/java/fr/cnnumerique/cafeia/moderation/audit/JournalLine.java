package fr.cnnumerique.cafeia.moderation.audit;

import java.time.ZonedDateTime;

/**
 * One entry of the journal as the pages and the export show it, its time in Europe/Paris.
 */
record JournalLine(long id, ZonedDateTime at, Long actorId, String actorName, String action, String targetType,
		String targetId, String targetLabel, String reason) {

}
