package fr.cnnumerique.cafeia.events.management;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EventRepository extends JpaRepository<Event, Long> {

	@Query("select e from Event e where e.seriesId = ?1 order by e.seriesPosition")
	List<Event> findBySeries(long seriesId);

}
