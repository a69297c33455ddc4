package fr.cnnumerique.cafeia.feedback.report;

import java.time.LocalDate;
import java.util.List;

import fr.cnnumerique.cafeia.events.EventFormat;

/**
 * A report that passed every check, ready to store.
 *
 * @param where the café the report is about
 * @param participants people present
 * @param firstTimers people at their first café, at most {@code participants}
 * @param ages counts per age band in the order of {@link ReportForm#AGE_BANDS}, each
 * {@code null} when not given; their sum is at most {@code participants}
 * @param durationMinutes how long the café lasted
 * @param formatCode how it was run (taxonomy format code)
 * @param themes theme codes discussed
 * @param items the free texts, blank ones left out
 * @param resourcesUsed resources used, free text
 * @param runAgain whether the facilitator would run it again
 * @param libraryItems ids of the library items used, in the order chosen, without
 * duplicates
 */
record ReportDraft(Where where, int participants, int firstTimers, List<Integer> ages, int durationMinutes,
		String formatCode, List<String> themes, List<Item> items, String resourcesUsed, RunAgain runAgain,
		List<Long> libraryItems) {

	/**
	 * The café a report is about, copied into the report for the figures.
	 *
	 * @param title the café's title, {@code null} when a catch-up report gives none
	 * @param heldOn the day, in the café's time zone
	 * @param format in person, online or hybrid
	 * @param inseeCode INSEE code of the commune, {@code null} online
	 * @param communeName the commune, {@code null} online
	 * @param departementCode its département, {@code null} online
	 * @param regionCode its région, {@code null} online
	 * @param audiences audience codes
	 */
	record Where(String title, LocalDate heldOn, EventFormat format, String inseeCode, String communeName,
			String departementCode, String regionCode, List<String> audiences) {
	}

	/**
	 * One free text.
	 *
	 * @param kind what it is
	 * @param position its rank in its list, from 0
	 * @param theme a theme code, {@code null} for a single text
	 * @param text as the facilitator wrote it
	 */
	record Item(ItemKind kind, int position, String theme, String text) {
	}

}
