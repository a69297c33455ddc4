package fr.cnnumerique.cafeia.events.management;

import java.time.Instant;

import fr.cnnumerique.cafeia.events.EventSummary;

/**
 * What a café page shows beyond {@link EventSummary}, with the texts the public may read.
 * Internal to the events module despite being public.
 *
 * @param event the café as the public sees it
 * @param description the last approved description (Markdown, render it with
 * {@link fr.cnnumerique.cafeia.shared.Markdown#toSafeHtml}), {@code null} if none
 * @param language language code of the café, such as {@code fr}
 * @param accessibilityNotes what the organisers provide for accessibility, possibly
 * {@code null}
 * @param freeOfCharge whether the café is free
 * @param priceDetails the price when not free, else {@code null}
 * @param cancellationMessage the organisers' message when cancelled, possibly
 * {@code null}
 * @param cancelledAt when it was cancelled, {@code null} unless cancelled
 * @param updatedAt last change, for HTTP caching
 * @param seriesPosition rank in its series, {@code null} for a single café
 */
public record EventDetails(EventSummary event, String description, String language, String accessibilityNotes,
		boolean freeOfCharge, String priceDetails, String cancellationMessage, Instant cancelledAt, Instant updatedAt,
		Integer seriesPosition) {

}
