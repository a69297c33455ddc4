package fr.cnnumerique.cafeia.directory;

import java.time.ZonedDateTime;

/**
 * Something coming up at a venue, as its directory page lists it.
 *
 * @param title the title
 * @param startsAt start, in the venue's time zone
 * @param endsAt end, in the venue's time zone
 * @param path the absolute path of its page, such as {@code /cafes/12-l-ia-et-nous}
 * @param cancelled whether it was cancelled (still listed, said so)
 */
public record VenueEvent(String title, ZonedDateTime startsAt, ZonedDateTime endsAt, String path, boolean cancelled) {

}
