package fr.cnnumerique.cafeia.events.management;

import org.springframework.data.jpa.repository.JpaRepository;

interface EventSeriesRepository extends JpaRepository<EventSeries, Long> {

}
