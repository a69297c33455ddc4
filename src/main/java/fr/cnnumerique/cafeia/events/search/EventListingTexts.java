package fr.cnnumerique.cafeia.events.search;

import java.text.NumberFormat;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.cnnumerique.cafeia.events.EventSummary;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How lists of cafés write dates and distances, for templates
 * ({@code ${@eventListingTexts.when(listing.event, #locale)}}): dates in the café's own
 * time zone, the way people say them: mercredi 3 mars 2027, 13 h 30 – 15 h.
 */
@Component("eventListingTexts")
public class EventListingTexts {

	private final MessageSource messages;

	EventListingTexts(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The day and times of a café.
	 * @param event the café
	 * @param locale the reader's language
	 * @return such as {@code mercredi 3 mars 2027, 13 h 30 – 15 h}
	 */
	public String when(EventSummary event, Locale locale) {
		String day = DateTimeFormatter.ofPattern(message("events.search.date-pattern", locale), locale)
			.format(event.startsAt());
		return this.messages.getMessage("events.search.when",
				new Object[] { day, time(event.startsAt(), locale), time(event.endsAt(), locale) }, locale);
	}

	/**
	 * The distance to a café, to the tenth of a kilometre nearby and to the kilometre
	 * further away.
	 * @param km the distance in kilometres
	 * @param locale the reader's language
	 * @return such as {@code à 4,2 km}
	 */
	public String distance(double km, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits((km < 10) ? 1 : 0);
		return this.messages.getMessage("events.distance", new Object[] { format.format(km) }, locale);
	}

	private String time(ZonedDateTime time, Locale locale) {
		String key = (time.getMinute() == 0) ? "events.search.hour-pattern" : "events.search.time-pattern";
		return DateTimeFormatter.ofPattern(message(key, locale), locale).format(time);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
