package fr.cnnumerique.cafeia.events.page;

import java.util.List;

import fr.cnnumerique.cafeia.directory.VenueDetails;
import fr.cnnumerique.cafeia.events.EventSummary;
import fr.cnnumerique.cafeia.events.EventWhen;
import fr.cnnumerique.cafeia.events.management.EventDetails;

/**
 * What the page of a café shows, ready for the view.
 *
 * @param details the café and its details
 * @param descriptionHtml the approved description rendered and sanitised, empty when none
 * @param when the date and times in words
 * @param venue the directory venue with its accessibility, {@code null} online or when
 * the venue is no longer public
 * @param facilitators the organiser then the co-facilitators
 * @param themes labels of the themes
 * @param audiences labels of the audiences
 * @param placesLeft places left when registration is on the portal with a capacity
 * @param past whether the café is over
 * @param languageName the café's language in the reader's language
 * @param pageUrl the absolute address of the page
 * @param jsonLd the schema.org {@code Event}, JSON safe to put in a script element
 * @param reportType the content type reports name: the café's, or its series'
 * @param reportId the id reports name: the café's, or its series'
 */
record CafePage(EventDetails details, String descriptionHtml, EventWhen when, VenueDetails venue,
		List<Facilitator> facilitators, List<String> themes, List<String> audiences, Integer placesLeft, boolean past,
		String languageName, String pageUrl, String jsonLd, String reportType, long reportId) {

	public EventSummary event() {
		return this.details.event();
	}

	public boolean cancelled() {
		return this.details.event().status() == fr.cnnumerique.cafeia.events.EventStatus.CANCELLED;
	}

	/**
	 * A person who runs the café.
	 *
	 * @param name the public name
	 * @param profilePath the published directory profile, {@code null} when none
	 */
	record Facilitator(String name, String profilePath) {

	}

}
