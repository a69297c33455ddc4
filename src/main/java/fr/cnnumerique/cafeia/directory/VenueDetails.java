package fr.cnnumerique.cafeia.directory;

import java.util.List;

/**
 * A published venue with what people need to know to get in, for pages of other modules
 * that send people there (such as a café's page).
 *
 * @param venue the venue as the public sees it
 * @param accessibility accessibility features, as codes whose labels are the messages
 * {@code directory.venues.access.<code>}: {@code step-free}, {@code adapted-toilets},
 * {@code hearing-loop}, {@code other}
 * @param accessDetails the managers' own words on access, {@code null} when none
 */
public record VenueDetails(VenueSummary venue, List<String> accessibility, String accessDetails) {

	/**
	 * Checks and copies the list.
	 */
	public VenueDetails {
		accessibility = List.copyOf(accessibility);
	}

}
