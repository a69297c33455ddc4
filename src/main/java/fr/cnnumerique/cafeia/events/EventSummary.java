package fr.cnnumerique.cafeia.events;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * What other modules and views may read of a café. Texts are the last approved ones for a
 * public café, the organiser's draft otherwise. Holds nothing personal but account ids.
 * <p>
 * The joining link of an online café is given to registrants only when registration is on
 * the portal: use {@link #publicJoinUrl()} on public pages, never {@link #onlineUrl()}.
 *
 * @param id the café id
 * @param slug the title as a URL segment
 * @param kind what sort of café it is
 * @param title title, at most 120 characters
 * @param summary summary, at most 280 characters
 * @param format in person, online or hybrid
 * @param startsAt start, in the café's time zone
 * @param endsAt end, in the café's time zone
 * @param status where the café stands
 * @param venueId the directory venue, {@code null} online
 * @param venueName the venue's name when the café was saved, {@code null} online
 * @param street the venue's street address, {@code null} online
 * @param postalCode the venue's postal code, {@code null} online
 * @param inseeCode INSEE code of the venue's commune, {@code null} online
 * @param communeName the venue's commune, {@code null} online
 * @param departementCode the commune's département, {@code null} online
 * @param regionCode the commune's région (INSEE code), {@code null} online
 * @param latitude WGS 84 latitude of the venue, {@code null} online
 * @param longitude WGS 84 longitude of the venue, {@code null} online
 * @param onlineUrl the joining link, {@code null} in person
 * @param capacity places offered, {@code null} for no limit
 * @param registration how people register
 * @param registrationUrl the external registration link, {@code null} unless external
 * @param organiserId the organiser's account id
 * @param coFacilitatorIds the co-facilitators' account ids
 * @param themes theme codes (taxonomy)
 * @param audiences audience codes (taxonomy)
 * @param sequence iCalendar {@code SEQUENCE}, increased when time, place or status change
 * @param seriesId the recurring series, {@code null} for a single café
 */
public record EventSummary(long id, String slug, EventKind kind, String title, String summary, EventFormat format,
		ZonedDateTime startsAt, ZonedDateTime endsAt, EventStatus status, Long venueId, String venueName, String street,
		String postalCode, String inseeCode, String communeName, String departementCode, String regionCode,
		Double latitude, Double longitude, String onlineUrl, Integer capacity, RegistrationMode registration,
		String registrationUrl, long organiserId, List<Long> coFacilitatorIds, List<String> themes,
		List<String> audiences, int sequence, Long seriesId) {

	/**
	 * The café's public page.
	 * @return an absolute path such as {@code /cafes/12-l-ia-et-nous}
	 */
	public String publicPath() {
		return "/cafes/" + this.id + "-" + this.slug;
	}

	/**
	 * The café's calendar file.
	 * @return an absolute path such as {@code /cafes/12.ics}
	 */
	public String calendarPath() {
		return "/cafes/" + this.id + ".ics";
	}

	/**
	 * The joining link as public pages may show it.
	 * @return the link of an online or hybrid café without registration on the portal;
	 * {@code null} otherwise (registrants receive it by e-mail)
	 */
	public String publicJoinUrl() {
		return (this.registration != RegistrationMode.PORTAL) ? this.onlineUrl : null;
	}

	/**
	 * Whether an account organises or co-facilitates the café.
	 * @param accountId an account id
	 * @return {@code true} for the organiser and the co-facilitators
	 */
	public boolean isFacilitatedBy(long accountId) {
		return this.organiserId == accountId || this.coFacilitatorIds.contains(accountId);
	}

}
