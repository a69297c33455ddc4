package fr.cnnumerique.cafeia.events.management;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule of a recurring series: from a first date, weekly, every two weeks or monthly,
 * until a date or for a number of cafés, at the same local time. Times are local to the
 * zone, so a café at 13:30 stays at 13:30 across daylight-saving changes.
 *
 * @param frequency how often
 * @param firstDate date of the first café
 * @param until last possible date, {@code null} when {@code count} is given
 * @param count number of cafés, {@code null} when {@code until} is given
 * @param startTime local start time
 * @param endTime local end time, after the start
 * @param zone the zone the times are in
 */
public record Recurrence(Frequency frequency, LocalDate firstDate, LocalDate until, Integer count, LocalTime startTime,
		LocalTime endTime, ZoneId zone) {

	/** The most cafés a series may have: two years of weekly cafés. */
	public static final int MAX_OCCURRENCES = 104;

	/**
	 * One café of a series.
	 *
	 * @param position rank in the series, from 1
	 * @param date local date
	 * @param start start in the zone
	 * @param end end in the zone
	 */
	public record Occurrence(int position, LocalDate date, ZonedDateTime start, ZonedDateTime end) {

	}

	/**
	 * Why a rule cannot make a series.
	 */
	public enum Problem {

		/** Neither an end date nor a number of cafés, or both. */
		NO_END,

		/** The end date is before the first date. */
		ENDS_BEFORE_START,

		/** The end time is not after the start time. */
		END_TIME_BEFORE_START,

		/** More than {@link #MAX_OCCURRENCES} cafés, or a count below 1. */
		TOO_MANY

	}

	/**
	 * What is wrong with the rule, if anything.
	 * @return the first problem found, {@code null} for a valid rule
	 */
	public Problem problem() {
		if ((this.until == null) == (this.count == null)) {
			return Problem.NO_END;
		}
		if (!this.endTime.isAfter(this.startTime)) {
			return Problem.END_TIME_BEFORE_START;
		}
		if (this.until != null && this.until.isBefore(this.firstDate)) {
			return Problem.ENDS_BEFORE_START;
		}
		if (this.count != null && (this.count < 1 || this.count > MAX_OCCURRENCES)) {
			return Problem.TOO_MANY;
		}
		if (this.until != null && dates(MAX_OCCURRENCES + 1).size() > MAX_OCCURRENCES) {
			return Problem.TOO_MANY;
		}
		return null;
	}

	/**
	 * The cafés of the series.
	 * @return the occurrences in date order, at most {@link #MAX_OCCURRENCES}
	 * @throws IllegalStateException if the rule has a {@link #problem()}
	 */
	public List<Occurrence> occurrences() {
		Problem problem = problem();
		if (problem != null) {
			throw new IllegalStateException("Invalid recurrence: " + problem);
		}
		List<Occurrence> occurrences = new ArrayList<>();
		for (LocalDate date : dates(MAX_OCCURRENCES)) {
			occurrences
				.add(new Occurrence(occurrences.size() + 1, date, ZonedDateTime.of(date, this.startTime, this.zone),
						ZonedDateTime.of(date, this.endTime, this.zone)));
		}
		return occurrences;
	}

	private List<LocalDate> dates(int limit) {
		int wanted = (this.count != null) ? Math.min(this.count, limit) : limit;
		List<LocalDate> dates = new ArrayList<>();
		for (int i = 0; dates.size() < wanted; i++) {
			LocalDate date = nth(i);
			if (this.until != null && date.isAfter(this.until)) {
				break;
			}
			dates.add(date);
		}
		return dates;
	}

	private LocalDate nth(int index) {
		return switch (this.frequency) {
			case WEEKLY -> this.firstDate.plusWeeks(index);
			case BIWEEKLY -> this.firstDate.plusWeeks(2L * index);
			case MONTHLY -> sameWeekdayOfMonth(index);
		};
	}

	private LocalDate sameWeekdayOfMonth(int index) {
		DayOfWeek weekday = this.firstDate.getDayOfWeek();
		int ordinal = (this.firstDate.getDayOfMonth() - 1) / 7 + 1;
		LocalDate month = this.firstDate.withDayOfMonth(1).plusMonths(index);
		return (ordinal >= 5) ? month.with(TemporalAdjusters.lastInMonth(weekday))
				: month.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday));
	}

}
