package fr.cnnumerique.cafeia.feedback.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cnnumerique.cafeia.events.EventCalendar;
import fr.cnnumerique.cafeia.events.EventStatus;
import fr.cnnumerique.cafeia.events.EventSummary;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filing and reading facilitators' reports: who may report on which café, and when.
 */
@Service
class FeedbackReports {

	/** How many past cafés the facilitator's overview looks at. */
	static final int PAST_CAFES = EventCalendar.MAX_PAST_LIMIT;

	private final ReportStore store;

	private final EventCalendar events;

	FeedbackReports(ReportStore store, EventCalendar events) {
		this.store = store;
		this.events = events;
	}

	/**
	 * The café and its report, for one of its facilitators.
	 * @throws ReportNotFoundException if the café is unknown or the account does not
	 * facilitate it
	 */
	@Transactional(readOnly = true)
	CafeReport forCafe(long eventId, long accountId, Instant now) {
		EventSummary cafe = this.events.find(eventId)
			.filter((found) -> found.isFacilitatedBy(accountId))
			.orElseThrow(() -> new ReportNotFoundException(eventId));
		StoredReport report = this.store.findByEvent(eventId).orElse(null);
		return new CafeReport(cafe, report, stateOf(cafe, now));
	}

	private CafeReport.State stateOf(EventSummary cafe, Instant now) {
		if (cafe.status() == EventStatus.CANCELLED) {
			return CafeReport.State.CANCELLED;
		}
		if (cafe.status() != EventStatus.PUBLISHED) {
			return CafeReport.State.UNPUBLISHED;
		}
		if (cafe.startsAt().toInstant().isAfter(now)) {
			return CafeReport.State.FUTURE;
		}
		if (this.store.isLocked(cafe.startsAt().getYear())) {
			return CafeReport.State.LOCKED;
		}
		return CafeReport.State.OPEN;
	}

	/**
	 * Stores the report on a café, first or again.
	 * @param version the version the form was filled from, {@code null} for a first
	 * report
	 * @return whether it was stored; {@code false} when someone saved it in between
	 */
	@Transactional
	boolean saveForCafe(CafeReport report, ReportDraft draft, long accountId, Long version) {
		try {
			if (report.report() == null) {
				if (version != null) {
					return false;
				}
				this.store.insert(report.cafe().id(), accountId, draft);
				return true;
			}
			return version != null && this.store.update(report.report(), version, draft);
		}
		catch (DuplicateKeyException ex) {
			// a co-facilitator filed the first report at the same moment
			return false;
		}
	}

	/**
	 * A catch-up report, for its author.
	 * @throws ReportNotFoundException unless the account filed it
	 */
	@Transactional(readOnly = true)
	StoredReport catchUp(long reportId, long accountId) {
		return this.store.find(reportId)
			.filter((report) -> report.eventId() == null && report.authorId() == accountId)
			.orElseThrow(() -> new ReportNotFoundException(reportId));
	}

	@Transactional
	long createCatchUp(ReportDraft draft, long accountId) {
		return this.store.insert(null, accountId, draft);
	}

	@Transactional
	boolean updateCatchUp(StoredReport report, ReportDraft draft, long version) {
		return this.store.update(report, version, draft);
	}

	/**
	 * What the facilitator's list of reports shows.
	 */
	@Transactional(readOnly = true)
	Overview overview(long accountId, Pageable page) {
		List<EventSummary> past = this.events.pastFacilitatedBy(accountId, PAST_CAFES);
		Set<Long> reported = this.store.reported(past.stream().map(EventSummary::id).toList());
		List<EventSummary> waiting = past.stream().filter((cafe) -> !reported.contains(cafe.id())).toList();
		Page<ReportLine> reports = this.store.mine(accountId, past.stream().map(EventSummary::id).toList(), page);
		return new Overview(waiting, new CompletionRate(reported.size(), past.size()), reports);
	}

	/**
	 * What the staff page shows for a year.
	 */
	@Transactional(readOnly = true)
	YearOverview year(int year, Instant now, Pageable page) {
		LocalDate first = LocalDate.of(year, 1, 1);
		Instant from = first.atStartOfDay(ReportChecks.PARIS).toInstant();
		Instant to = first.plusYears(1).atStartOfDay(ReportChecks.PARIS).toInstant();
		long held = now.isAfter(from) ? this.events.countStartedBetween(from, now.isBefore(to) ? now : to) : 0;
		Map<String, Long> counts = this.store.countsBetween(first, first.plusYears(1));
		return new YearOverview(year, new CompletionRate(counts.get("portal"), held), counts.get("catchUp"),
				this.store.isLocked(year), this.store.lockedYears(), this.store.ofYear(year, page));
	}

	/**
	 * A café and its report as one of its facilitators sees them.
	 *
	 * @param cafe the café
	 * @param report its report, {@code null} when none was filed
	 * @param state whether a report may be filed now
	 */
	record CafeReport(EventSummary cafe, StoredReport report, State state) {

		enum State {

			OPEN, LOCKED, FUTURE, CANCELLED, UNPUBLISHED

		}

		/** Whether the form can be filled at all: the café took place. */
		boolean held() {
			return this.state == State.OPEN || this.state == State.LOCKED;
		}

	}

	/**
	 * The facilitator's overview.
	 *
	 * @param waiting past cafés without a report, most recent first
	 * @param rate reports filed over past cafés
	 * @param reports the reports filed by or for the facilitator
	 */
	record Overview(List<EventSummary> waiting, CompletionRate rate, Page<ReportLine> reports) {
	}

	/**
	 * A year for staff.
	 *
	 * @param year the year
	 * @param rate reports on cafés of the portal over cafés held so far
	 * @param catchUps catch-up reports on cafés held off the portal
	 * @param locked whether facilitators can no longer change the year's reports
	 * @param lockedYears every locked year, latest first
	 * @param reports the year's reports
	 */
	record YearOverview(int year, CompletionRate rate, long catchUps, boolean locked, List<Integer> lockedYears,
			Page<ReportLine> reports) {
	}

	/**
	 * Reports filed over cafés held.
	 *
	 * @param filed cafés with a report
	 * @param held cafés held
	 */
	record CompletionRate(long filed, long held) {

		/** The rate in whole percent, 100 when no café was held. */
		public int percent() {
			return (this.held == 0) ? 100 : (int) Math.min(100, Math.round(100.0 * this.filed / this.held));
		}

	}

}
