package fr.cnnumerique.cafeia.events.management;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import fr.cnnumerique.cafeia.events.management.Recurrence.Occurrence;
import fr.cnnumerique.cafeia.events.management.Recurrence.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecurrenceTests {

	private static final LocalTime START = LocalTime.of(13, 30);

	private static final LocalTime END = LocalTime.of(15, 0);

	@Test
	void weeklySeriesKeepsItsLocalTimeAcrossTheSpringDaylightSavingChange() {
		// 2027-03-28 is the last Sunday of March: clocks go forward in Europe/Paris
		Recurrence rule = new Recurrence(Frequency.WEEKLY, LocalDate.of(2027, 3, 17), null, 3, START, END,
				EventZones.PARIS);
		List<Occurrence> cafes = rule.occurrences();
		assertThat(cafes).extracting(Occurrence::date)
			.containsExactly(LocalDate.of(2027, 3, 17), LocalDate.of(2027, 3, 24), LocalDate.of(2027, 3, 31));
		assertThat(cafes).allSatisfy((o) -> {
			assertThat(o.start().toLocalTime()).isEqualTo(START);
			assertThat(o.end().toLocalTime()).isEqualTo(END);
		});
		assertThat(cafes.get(1).start().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
		assertThat(cafes.get(2).start().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
		assertThat(cafes.get(2).start().toInstant().toString()).isEqualTo("2027-03-31T11:30:00Z");
	}

	@Test
	void everyTwoWeeksUntilADate() {
		Recurrence rule = new Recurrence(Frequency.BIWEEKLY, LocalDate.of(2027, 1, 6), LocalDate.of(2027, 2, 3), null,
				START, END, EventZones.PARIS);
		assertThat(rule.occurrences()).extracting(Occurrence::date)
			.containsExactly(LocalDate.of(2027, 1, 6), LocalDate.of(2027, 1, 20), LocalDate.of(2027, 2, 3));
		assertThat(rule.occurrences()).extracting(Occurrence::position).containsExactly(1, 2, 3);
	}

	@Test
	void monthlyOnTheSameNthWeekdayAndLastForAFifth() {
		// 2027-01-12 is the second Tuesday of January
		Recurrence second = new Recurrence(Frequency.MONTHLY, LocalDate.of(2027, 1, 12), null, 3, START, END,
				EventZones.PARIS);
		assertThat(second.occurrences()).extracting(Occurrence::date)
			.containsExactly(LocalDate.of(2027, 1, 12), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 3, 9));
		// 2027-01-29 is the fifth Friday of January: repeats on the last Friday
		Recurrence fifth = new Recurrence(Frequency.MONTHLY, LocalDate.of(2027, 1, 29), null, 2, START, END,
				EventZones.PARIS);
		assertThat(fifth.occurrences()).extracting(Occurrence::date)
			.containsExactly(LocalDate.of(2027, 1, 29), LocalDate.of(2027, 2, 26));
		assertThat(fifth.occurrences())
			.allSatisfy((o) -> assertThat(o.date().getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY));
	}

	@Test
	void refusesRulesThatCannotMakeASeries() {
		LocalDate first = LocalDate.of(2027, 1, 6);
		assertThat(new Recurrence(Frequency.WEEKLY, first, null, null, START, END, EventZones.PARIS).problem())
			.isEqualTo(Problem.NO_END);
		assertThat(
				new Recurrence(Frequency.WEEKLY, first, first.plusDays(7), 2, START, END, EventZones.PARIS).problem())
			.isEqualTo(Problem.NO_END);
		assertThat(new Recurrence(Frequency.WEEKLY, first, null, 105, START, END, EventZones.PARIS).problem())
			.isEqualTo(Problem.TOO_MANY);
		assertThat(new Recurrence(Frequency.WEEKLY, first, first.plusYears(3), null, START, END, EventZones.PARIS)
			.problem()).isEqualTo(Problem.TOO_MANY);
		assertThat(new Recurrence(Frequency.WEEKLY, first, first.minusDays(1), null, START, END, EventZones.PARIS)
			.problem()).isEqualTo(Problem.ENDS_BEFORE_START);
		assertThat(new Recurrence(Frequency.WEEKLY, first, null, 3, END, START, EventZones.PARIS).problem())
			.isEqualTo(Problem.END_TIME_BEFORE_START);
		assertThat(new Recurrence(Frequency.WEEKLY, first, null, 104, START, END, EventZones.PARIS).occurrences())
			.hasSize(104);
	}

}
