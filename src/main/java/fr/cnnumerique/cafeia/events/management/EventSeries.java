package fr.cnnumerique.cafeia.events.management;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The rule of a recurring series; its cafés are {@link Event} rows pointing to it.
 */
@Entity
@Table(name = "event_series")
class EventSeries {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Frequency frequency;

	@Column(name = "first_date")
	private LocalDate firstDate;

	@Column(name = "until_date")
	private LocalDate untilDate;

	@Column(name = "occurrence_count")
	private Integer occurrenceCount;

	@Column(name = "start_time")
	private LocalTime startTime;

	@Column(name = "end_time")
	private LocalTime endTime;

	@Column(name = "time_zone")
	private String timeZone;

	@Column(name = "organiser_id", updatable = false)
	private long organiserId;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected EventSeries() {
	}

	EventSeries(Recurrence rule, long organiserId) {
		this.organiserId = organiserId;
		apply(rule);
	}

	void apply(Recurrence rule) {
		this.frequency = rule.frequency();
		this.firstDate = rule.firstDate();
		this.untilDate = rule.until();
		this.occurrenceCount = rule.count();
		this.startTime = rule.startTime();
		this.endTime = rule.endTime();
		this.timeZone = rule.zone().getId();
	}

	Recurrence rule() {
		return new Recurrence(this.frequency, this.firstDate, this.untilDate, this.occurrenceCount, this.startTime,
				this.endTime, ZoneId.of(this.timeZone));
	}

	Long getId() {
		return this.id;
	}

	long getOrganiserId() {
		return this.organiserId;
	}

	long getVersion() {
		return this.version;
	}

}
