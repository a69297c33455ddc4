package fr.cnnumerique.cafeia.events.management;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import fr.cnnumerique.cafeia.events.EventKind;
import fr.cnnumerique.cafeia.events.EventStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EventRepository extends JpaRepository<Event, Long> {

	/** Cafés an account organises or co-facilitates, for the facilitator space. */
	String MINE = "FROM event e WHERE (e.organiser_id = :account OR :account = ANY (e.co_facilitator_ids)) ";

	@Query("select e from Event e where e.seriesId = ?1 order by e.seriesPosition")
	List<Event> findBySeries(long seriesId);

	@Query("select e from Event e where e.seriesId = ?1 and e.status in ?2 and e.endsAt > ?3 order by e.startsAt")
	List<Event> findSeriesFrom(long seriesId, Collection<EventStatus> statuses, Instant after);

	@Query("select e from Event e where e.kind = ?1 and e.status = ?2 and e.startsAt > ?3 order by e.startsAt, e.id")
	List<Event> findNextOfKind(EventKind kind, EventStatus status, Instant after, Pageable page);

	@Query("select e from Event e where e.id in ?1 and e.status in ?2")
	List<Event> findAllWithStatus(Collection<Long> ids, Collection<EventStatus> statuses);

	@Query(value = "SELECT e.* " + MINE
			+ "AND e.status IN ('PUBLISHED', 'CANCELLED') AND e.ends_at >= now() ORDER BY e.starts_at, e.id",
			countQuery = "SELECT count(*) " + MINE
					+ "AND e.status IN ('PUBLISHED', 'CANCELLED') AND e.ends_at >= now()",
			nativeQuery = true)
	Page<Event> findUpcoming(@Param("account") long accountId, Pageable page);

	@Query(value = "SELECT e.* " + MINE
			+ "AND e.status IN ('PUBLISHED', 'CANCELLED') AND e.ends_at < now() ORDER BY e.starts_at DESC, e.id",
			countQuery = "SELECT count(*) " + MINE + "AND e.status IN ('PUBLISHED', 'CANCELLED') AND e.ends_at < now()",
			nativeQuery = true)
	Page<Event> findPast(@Param("account") long accountId, Pageable page);

	@Query(value = "SELECT e.* " + MINE + "AND e.status IN ('DRAFT', 'SUBMITTED') ORDER BY e.starts_at, e.id",
			countQuery = "SELECT count(*) " + MINE + "AND e.status IN ('DRAFT', 'SUBMITTED')", nativeQuery = true)
	Page<Event> findDrafts(@Param("account") long accountId, Pageable page);

	@Query(value = "SELECT e.* " + MINE
			+ "AND e.status = 'PUBLISHED' AND e.starts_at <= :now ORDER BY e.starts_at DESC, e.id LIMIT :limit",
			nativeQuery = true)
	List<Event> findStartedFacilitatedBy(@Param("account") long accountId, @Param("now") Instant now,
			@Param("limit") int limit);

	@Query("select e from Event e where e.status = ?1 and e.endsAt >= ?2 and e.endsAt < ?3 order by e.endsAt, e.id")
	List<Event> findEndedBetween(EventStatus status, Instant from, Instant to);

	@Query("select count(e) from Event e where e.status = ?1 and e.startsAt >= ?2 and e.startsAt < ?3")
	long countStartedBetween(EventStatus status, Instant from, Instant to);

}
