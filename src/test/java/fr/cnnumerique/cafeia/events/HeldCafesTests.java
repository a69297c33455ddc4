package fr.cnnumerique.cafeia.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.shared.Breakdown;
import fr.cnnumerique.cafeia.shared.FigureScope;
import fr.cnnumerique.cafeia.shared.Tally;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A café is counted on its own local day, as facilitators' reports and participants'
 * answers date it, also when that day is another one in Paris.
 */
@IntegrationTest
class HeldCafesTests {

	@Autowired
	HeldCafes held;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOverseasCafeOnNewYearsEveCountsForItsOwnYearAndMonth() {
		ZoneId guadeloupe = ZoneId.of("America/Guadeloupe");
		long cafe = new TestEvent().startsAt(LocalDateTime.of(2001, 12, 31, 19, 0).atZone(guadeloupe).toInstant())
			.insert(this.jdbc);
		this.jdbc
			.sql("UPDATE event SET time_zone = 'America/Guadeloupe', departement_code = '971', region_code = '01' "
					+ "WHERE id = ?")
			.param(cafe)
			.update();
		FigureScope year2001 = new FigureScope(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 12, 31), null, "971");
		FigureScope year2002 = new FigureScope(LocalDate.of(2002, 1, 1), LocalDate.of(2002, 12, 31), null, "971");

		assertThat(this.held.totals(year2001).cafes()).isEqualTo(1);
		assertThat(this.held.totals(year2002).cafes()).isZero();
		List<Tally> months = this.held.count(Breakdown.MONTH, year2001);
		assertThat(months).extracting(Tally::key).containsExactly("2001-12");
	}

}
