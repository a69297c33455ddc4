package fr.cnnumerique.cafeia.events.management;

import java.time.Instant;

import fr.cnnumerique.cafeia.events.EventSummary;

/**
 * Everything the public page of a café shows beyond its {@link EventSummary}: the last
 * approved description and the practical details kept in one copy.
 *
 * @param event the café with its last approved title and summary
 * @param description the last approved description, Markdown, {@code null} when none
 * @param language language the café is held in, ISO 639-1 such as {@code fr}
 * @param accessibilityNotes the organisers' notes on accessibility, {@code null} when
 * none
 * @param freeOfCharge whether the café is free
 * @param priceDetails what it costs, {@code null} when free or not said
 * @param cancellationMessage the organisers' message when they cancelled it, {@code null}
 * otherwise
 * @param updatedAt when the café was last changed, for calendar files and caches
 */
public record EventDetails(EventSummary event, String description, String language, String accessibilityNotes,
		boolean freeOfCharge, String priceDetails, String cancellationMessage, Instant updatedAt) {

}
