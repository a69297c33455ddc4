/**
 * The page of each café ({@code /cafes/{id}-{slug}}, with its schema.org JSON-LD and Open
 * Graph tags), its calendar file and the calendar feed ({@code /cafes/{id}.ics},
 * {@code /cafes.ics}, written by
 * {@link fr.cnnumerique.cafeia.events.page.CalendarFiles}), the reads behind the home
 * page's cafés ({@link fr.cnnumerique.cafeia.events.page.PublicCafes}) and the cafés
 * listed on venue pages (the directory's {@code VenueActivity}).
 */
package fr.cnnumerique.cafeia.events.page;
