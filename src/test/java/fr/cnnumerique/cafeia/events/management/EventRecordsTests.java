package fr.cnnumerique.cafeia.events.management;

import java.time.Duration;
import java.util.List;

import fr.cnnumerique.cafeia.events.EventKind;
import fr.cnnumerique.cafeia.events.EventStatus;
import fr.cnnumerique.cafeia.events.EventSummary;
import fr.cnnumerique.cafeia.events.TestEvent;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read methods other parts of the events module use: only public cafés, with their
 * approved texts.
 */
@IntegrationTest
class EventRecordsTests {

	@Autowired
	EventRecords records;

	@Autowired
	JdbcClient jdbc;

	@Test
	void readsPublicCafesOnly() {
		long published = new TestEvent().description("Le **programme**").insert(this.jdbc);
		long draft = new TestEvent().status(EventStatus.DRAFT).insert(this.jdbc);
		long cancelled = new TestEvent().status(EventStatus.CANCELLED).startsIn(Duration.ofDays(2)).insert(this.jdbc);
		assertThat(this.records.findAllPublic(List.of(cancelled, draft, published))).extracting(EventSummary::id)
			.containsExactly(published, cancelled);
		assertThat(this.records.findPublicDetails(draft)).isEmpty();
		var details = this.records.findPublicDetails(published).orElseThrow();
		assertThat(details.description()).isEqualTo("Le **programme**");
		assertThat(details.freeOfCharge()).isTrue();
		assertThat(this.records.findAllPublic(List.of())).isEmpty();
	}

	@Test
	void findsTheNextNationalSessionAndTheComingDatesOfASeries() {
		long later = new TestEvent().online().startsIn(Duration.ofDays(400)).insert(this.jdbc);
		long sooner = new TestEvent().online().startsIn(Duration.ofDays(399)).insert(this.jdbc);
		long series = this.jdbc.sql("""
				INSERT INTO event_series (frequency, first_date, occurrence_count, start_time, end_time, time_zone,
				    organiser_id) VALUES ('WEEKLY', current_date, 2, '13:30', '15:00', 'Europe/Paris', 1) RETURNING id
				""").query(Long.class).single();
		this.jdbc
			.sql("UPDATE event SET kind = 'CAFE_ANIMATIONS', series_id = ?, series_position = id - ? + 1 "
					+ "WHERE id IN (?, ?)")
			.params(series, Math.min(later, sooner), later, sooner)
			.update();
		// other tests may have created animations sessions before these ones
		assertThat(this.records.nextPublished(EventKind.CAFE_ANIMATIONS)).isPresent();
		assertThat(this.records.upcomingInSeries(series)).extracting(EventSummary::id).containsExactly(sooner, later);
		this.jdbc.sql("DELETE FROM event WHERE id IN (?, ?)").params(later, sooner).update();
	}

}
