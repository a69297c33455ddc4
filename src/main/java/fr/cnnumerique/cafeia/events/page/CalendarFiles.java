package fr.cnnumerique.cafeia.events.page;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

import fr.cnnumerique.cafeia.events.EventStatus;
import fr.cnnumerique.cafeia.events.EventSummary;
import fr.cnnumerique.cafeia.events.page.PublicCafes.FeedEntry;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Writes cafés as iCalendar files (RFC 5545): one café for « Ajouter à mon agenda » and
 * for the confirmation mails of registrations, or a feed calendar applications subscribe
 * to.
 * <p>
 * Each café keeps the same {@code UID} ({@code cafe-<id>@<host of cafeia.base-url>}) and
 * carries its {@code SEQUENCE}, so a calendar application updates or cancels the entry it
 * already has. Times are written in the café's own zone with its {@code VTIMEZONE}, built
 * from the current rules of the Java time-zone database (calendar applications need the
 * rules for the years cafés take place, not the zone's history). The joining link of a
 * café whose registration is on the portal is never written: registrants get it by mail.
 * Internal to the events module despite being public.
 */
@Component
public class CalendarFiles {

	/** {@code text/calendar; charset=utf-8}. */
	public static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private static final String PRODUCT = "-//Conseil national du numerique//Cafe IA//FR";

	private final String baseUrl;

	private final String host;

	private final MessageSource messages;

	CalendarFiles(@Value("${cafeia.base-url:http://localhost:8080}") String baseUrl, MessageSource messages) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		String parsedHost = URI.create(this.baseUrl).getHost();
		this.host = (parsedHost != null) ? parsedHost : "localhost";
		this.messages = messages;
	}

	/**
	 * One café as a calendar file.
	 * @param event the café with its approved texts
	 * @param lastModified when the café last changed ({@code DTSTAMP} and
	 * {@code LAST-MODIFIED}), so the same café gives the same bytes
	 * @return the file, UTF-8
	 */
	public byte[] single(EventSummary event, Instant lastModified) {
		return write(List.of(new FeedEntry(event, lastModified)), null);
	}

	/**
	 * Several cafés as one calendar to subscribe to.
	 * @param entries the cafés, each with the time it last changed
	 * @param name the calendar's name shown by calendar applications
	 * @return the file, UTF-8
	 */
	public byte[] feed(List<FeedEntry> entries, String name) {
		return write(entries, name);
	}

	/**
	 * The stable identifier of a café in calendars.
	 * @param eventId the café id
	 * @return {@code cafe-<id>@<host>}
	 */
	public String uid(long eventId) {
		return "cafe-" + eventId + "@" + this.host;
	}

	/**
	 * The absolute address of a café's page.
	 * @param event the café
	 * @return the base URL followed by the page's path
	 */
	public String pageUrl(EventSummary event) {
		return this.baseUrl + event.publicPath();
	}

	private byte[] write(List<FeedEntry> entries, String name) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		if (name != null) {
			calendar.add(new XProperty("X-WR-CALNAME", name));
			calendar.add(new XProperty("X-WR-TIMEZONE", "Europe/Paris"));
		}
		Set<ZoneId> zones = new LinkedHashSet<>();
		entries.forEach((entry) -> zones.add(entry.event().startsAt().getZone()));
		zones.forEach((zone) -> calendar.add(timeZone(zone)));
		entries.forEach((entry) -> calendar.add(event(entry.event(), entry.updatedAt())));
		StringWriter out = new StringWriter();
		try {
			// validation would refuse a calendar without events, a valid empty feed
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private VEvent event(EventSummary event, Instant lastModified) {
		Instant stamp = lastModified.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		VEvent vevent = new VEvent(false);
		vevent.add(new Uid(uid(event.id())));
		vevent.add(new DtStamp(stamp));
		vevent.add(new LastModified(stamp));
		vevent.add(new Sequence(event.sequence()));
		vevent.add(new DtStart<>(event.startsAt().withNano(0)));
		vevent.add(new DtEnd<>(event.endsAt().withNano(0)));
		vevent.add(new Summary(event.title()));
		vevent.add((event.status() == EventStatus.CANCELLED) ? ImmutableStatus.VEVENT_CANCELLED
				: ImmutableStatus.VEVENT_CONFIRMED);
		String page = pageUrl(event);
		vevent.add(new Url(URI.create(page)));
		vevent.add(new Location(location(event)));
		if (event.latitude() != null && event.longitude() != null) {
			vevent.add(new Geo(BigDecimal.valueOf(event.latitude()), BigDecimal.valueOf(event.longitude())));
		}
		StringJoiner description = new StringJoiner("\n\n");
		description.add(event.summary());
		if (event.publicJoinUrl() != null) {
			description.add(message("events.page.ics.join", event.publicJoinUrl()));
		}
		description.add(message("events.page.ics.more", page));
		vevent.add(new Description(description.toString()));
		return vevent;
	}

	private String location(EventSummary event) {
		if (event.format().atVenue()) {
			return event.venueName() + ", " + event.street() + ", " + event.postalCode() + " " + event.communeName();
		}
		return (event.publicJoinUrl() != null) ? event.publicJoinUrl() : message("events.page.ics.online");
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.FRENCH);
	}

	/**
	 * The zone's current rules as a {@code VTIMEZONE}: one observance for a zone without
	 * daylight saving time, a standard and a daylight one repeating yearly otherwise.
	 */
	static VTimeZone timeZone(ZoneId zone) {
		VTimeZone timeZone = new VTimeZone();
		timeZone.add(new TzId(zone.getId()));
		ZoneRules rules = zone.getRules();
		List<ZoneOffsetTransitionRule> transitions = rules.getTransitionRules();
		if (transitions.isEmpty()) {
			ZoneOffset offset = rules.getOffset(Instant.now());
			Standard standard = new Standard();
			standard.add(new DtStart<>(LocalDateTime.of(1970, 1, 1, 0, 0)));
			standard.add(new TzOffsetFrom(offset));
			standard.add(new TzOffsetTo(offset));
			timeZone.add(standard);
			return timeZone;
		}
		for (ZoneOffsetTransitionRule rule : transitions) {
			ZoneOffsetTransition first = rule.createTransition(1970);
			Observance observance = (rule.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset()
				.getTotalSeconds()) ? new Daylight() : new Standard();
			observance.add(new DtStart<>(first.getDateTimeBefore()));
			observance.add(new TzOffsetFrom(rule.getOffsetBefore()));
			observance.add(new TzOffsetTo(rule.getOffsetAfter()));
			observance.add(new RRule<>(recurrence(rule)));
			timeZone.add(observance);
		}
		return timeZone;
	}

	/**
	 * The first Sunday on or after the 25th is written as the Sunday among the 25th to
	 * the 31st, which holds for any month and day.
	 */
	private static String recurrence(ZoneOffsetTransitionRule rule) {
		StringBuilder recur = new StringBuilder("FREQ=YEARLY;BYMONTH=").append(rule.getMonth().getValue());
		int day = rule.getDayOfMonthIndicator();
		DayOfWeek dayOfWeek = rule.getDayOfWeek();
		if (dayOfWeek == null) {
			return recur.append(";BYMONTHDAY=").append(day).toString();
		}
		StringJoiner days = new StringJoiner(",");
		for (int i = 0; i < 7; i++) {
			days.add(String.valueOf((day > 0) ? day + i : day - i));
		}
		return recur.append(";BYDAY=").append(dayOfWeek.name(), 0, 2).append(";BYMONTHDAY=").append(days).toString();
	}

}
