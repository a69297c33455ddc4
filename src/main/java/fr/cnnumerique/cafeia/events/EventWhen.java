package fr.cnnumerique.cafeia.events;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import fr.cnnumerique.cafeia.events.management.EventZones;

/**
 * When a café takes place, in words, in the café's own time zone: the pieces pages put
 * into a sentence such as « mercredi 3 mars 2027, de 13 h 30 à 15 h ».
 *
 * @param date the day, such as {@code mercredi 3 mars 2027}
 * @param start the start time, such as {@code 13 h 30} (French) or {@code 1:30 PM}
 * @param end the end time, such as {@code 15 h} (French) or {@code 3 PM}
 * @param zone the name of the time zone when it is not Europe/Paris, such as
 * {@code heure de la Réunion}; {@code null} in Europe/Paris
 * @param startIso the start as an ISO 8601 date-time with offset, for {@code <time>}
 * @param endIso the end as an ISO 8601 date-time with offset
 */
public record EventWhen(String date, String start, String end, String zone, String startIso, String endIso) {

	/**
	 * Describes a café's time.
	 * @param startsAt the start, in the café's zone
	 * @param endsAt the end, in the café's zone
	 * @param locale the reader's language
	 * @return the pieces of the sentence
	 */
	public static EventWhen of(ZonedDateTime startsAt, ZonedDateTime endsAt, Locale locale) {
		DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
		ZoneId zone = startsAt.getZone();
		String zoneName = EventZones.PARIS.equals(zone) ? null : zone.getDisplayName(TextStyle.FULL, locale);
		return new EventWhen(day.format(startsAt), time(startsAt, locale), time(endsAt, locale), zoneName,
				startsAt.withNano(0).toOffsetDateTime().toString(), endsAt.withNano(0).toOffsetDateTime().toString());
	}

	/**
	 * Describes a café's time.
	 * @param event the café
	 * @param locale the reader's language
	 * @return the pieces of the sentence
	 */
	public static EventWhen of(EventSummary event, Locale locale) {
		return of(event.startsAt(), event.endsAt(), locale);
	}

	private static String time(ZonedDateTime time, Locale locale) {
		// French typography writes 13 h 30 and 15 h; other languages keep their usual
		// clock
		String pattern;
		if ("fr".equals(locale.getLanguage())) {
			pattern = (time.getMinute() == 0) ? "H' h'" : "H' h 'mm";
		}
		else {
			pattern = (time.getMinute() == 0) ? "h a" : "h:mm a";
		}
		return DateTimeFormatter.ofPattern(pattern, locale).format(time);
	}

}
