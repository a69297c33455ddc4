package fr.cnnumerique.cafeia.events.page;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.cnnumerique.cafeia.accounts.AccountManagement;
import fr.cnnumerique.cafeia.accounts.AccountSummary;
import fr.cnnumerique.cafeia.directory.FacilitatorDirectory;
import fr.cnnumerique.cafeia.directory.FacilitatorSummary;
import fr.cnnumerique.cafeia.directory.VenueDetails;
import fr.cnnumerique.cafeia.directory.VenueDirectory;
import fr.cnnumerique.cafeia.events.EventStatus;
import fr.cnnumerique.cafeia.events.EventSummary;
import fr.cnnumerique.cafeia.events.EventWhen;
import fr.cnnumerique.cafeia.events.management.EventDetails;
import fr.cnnumerique.cafeia.events.management.EventRecords;
import fr.cnnumerique.cafeia.events.page.CafePage.Facilitator;
import fr.cnnumerique.cafeia.events.search.EventListing;
import fr.cnnumerique.cafeia.events.search.EventQueries;
import fr.cnnumerique.cafeia.shared.Markdown;
import fr.cnnumerique.cafeia.taxonomy.Taxonomies;
import fr.cnnumerique.cafeia.taxonomy.Vocabulary;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Gathers what a café's page shows from the events, directory, accounts and taxonomy
 * modules, in a fixed number of statements whatever the number of facilitators, themes or
 * audiences.
 */
@Component
class CafePages {

	private final EventRecords records;

	private final EventQueries queries;

	private final VenueDirectory venues;

	private final AccountManagement accounts;

	private final FacilitatorDirectory facilitators;

	private final Taxonomies taxonomies;

	private final CalendarFiles calendarFiles;

	private final JsonMapper json;

	CafePages(EventRecords records, EventQueries queries, VenueDirectory venues, AccountManagement accounts,
			FacilitatorDirectory facilitators, Taxonomies taxonomies, CalendarFiles calendarFiles, JsonMapper json) {
		this.records = records;
		this.queries = queries;
		this.venues = venues;
		this.accounts = accounts;
		this.facilitators = facilitators;
		this.taxonomies = taxonomies;
		this.calendarFiles = calendarFiles;
		this.json = json;
	}

	Optional<EventDetails> find(long id) {
		return this.records.findPublicDetails(id);
	}

	CafePage page(EventDetails details, Locale locale) {
		EventSummary event = details.event();
		VenueDetails venue = (event.venueId() != null) ? this.venues.findPublishedDetails(event.venueId()).orElse(null)
				: null;
		List<Facilitator> people = facilitators(event);
		Integer placesLeft = this.queries.withPlacesLeft(List.of(new EventListing(event, null, null)))
			.get(0)
			.placesLeft();
		String pageUrl = this.calendarFiles.pageUrl(event);
		Locale language = Locale.forLanguageTag(details.language());
		return new CafePage(details, Markdown.toSafeHtml(details.description()), EventWhen.of(event, locale), venue,
				people, labels(Vocabulary.THEME, event.themes(), locale),
				labels(Vocabulary.AUDIENCE, event.audiences(), locale), placesLeft,
				event.endsAt().toInstant().isBefore(Instant.now()), language.getDisplayLanguage(locale), pageUrl,
				jsonLd(details, venue, people, placesLeft, pageUrl),
				(event.seriesId() != null) ? EventRecords.SERIES_CONTENT_TYPE : EventRecords.CAFE_CONTENT_TYPE,
				(event.seriesId() != null) ? event.seriesId() : event.id());
	}

	private List<Facilitator> facilitators(EventSummary event) {
		List<Long> ids = new ArrayList<>();
		ids.add(event.organiserId());
		ids.addAll(event.coFacilitatorIds());
		Map<Long, AccountSummary> names = this.accounts.findAll(ids)
			.stream()
			.collect(Collectors.toMap(AccountSummary::id, Function.identity()));
		Map<Long, FacilitatorSummary> profiles = this.facilitators.findPublishedByAccounts(names.keySet())
			.stream()
			.collect(Collectors.toMap(FacilitatorSummary::accountId, Function.identity(), (a, b) -> a));
		List<Facilitator> people = new ArrayList<>();
		for (Long id : ids) {
			AccountSummary account = names.get(id);
			if (account != null) {
				FacilitatorSummary profile = profiles.get(id);
				// a published profile shows the name its owner chose for the directory
				people.add(new Facilitator((profile != null) ? profile.name() : account.displayName(),
						(profile != null) ? profile.path() : null));
			}
		}
		return people;
	}

	private List<String> labels(Vocabulary vocabulary, List<String> codes, Locale locale) {
		return this.taxonomies.findAll(vocabulary, codes).stream().map((term) -> term.label(locale)).toList();
	}

	private String jsonLd(EventDetails details, VenueDetails venue, List<Facilitator> people, Integer placesLeft,
			String pageUrl) {
		EventSummary event = details.event();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "Event");
		data.put("name", event.title());
		data.put("description", event.summary());
		data.put("url", pageUrl);
		data.put("startDate", event.startsAt().withNano(0).toOffsetDateTime().toString());
		data.put("endDate", event.endsAt().withNano(0).toOffsetDateTime().toString());
		data.put("eventStatus", "https://schema.org/"
				+ ((event.status() == EventStatus.CANCELLED) ? "EventCancelled" : "EventScheduled"));
		data.put("eventAttendanceMode", "https://schema.org/" + switch (event.format()) {
			case IN_PERSON -> "OfflineEventAttendanceMode";
			case ONLINE -> "OnlineEventAttendanceMode";
			case HYBRID -> "MixedEventAttendanceMode";
		});
		List<Object> locations = new ArrayList<>();
		if (event.format().atVenue()) {
			locations.add(place(event));
		}
		if (event.format().online()) {
			Map<String, Object> virtual = new LinkedHashMap<>();
			virtual.put("@type", "VirtualLocation");
			if (event.publicJoinUrl() != null) {
				virtual.put("url", event.publicJoinUrl());
			}
			locations.add(virtual);
		}
		data.put("location", (locations.size() == 1) ? locations.get(0) : locations);
		if (!people.isEmpty()) {
			data.put("organizer", person(people.get(0)));
			if (people.size() > 1) {
				data.put("performer", people.subList(1, people.size()).stream().map(CafePages::person).toList());
			}
		}
		data.put("isAccessibleForFree", details.freeOfCharge());
		if (details.freeOfCharge()) {
			Map<String, Object> offer = new LinkedHashMap<>();
			offer.put("@type", "Offer");
			offer.put("price", "0");
			offer.put("priceCurrency", "EUR");
			offer.put("url", pageUrl);
			offer.put("availability",
					"https://schema.org/" + ((placesLeft != null && placesLeft == 0) ? "SoldOut" : "InStock"));
			data.put("offers", offer);
		}
		data.put("inLanguage", details.language());
		// "</script>" inside a string must not end the data block
		return this.json.writeValueAsString(data)
			.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026");
	}

	private static Map<String, Object> place(EventSummary event) {
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("@type", "PostalAddress");
		address.put("streetAddress", event.street());
		address.put("postalCode", event.postalCode());
		address.put("addressLocality", event.communeName());
		address.put("addressCountry", "FR");
		Map<String, Object> place = new LinkedHashMap<>();
		place.put("@type", "Place");
		place.put("name", event.venueName());
		place.put("address", address);
		if (event.latitude() != null && event.longitude() != null) {
			Map<String, Object> geo = new HashMap<>();
			geo.put("@type", "GeoCoordinates");
			geo.put("latitude", event.latitude());
			geo.put("longitude", event.longitude());
			place.put("geo", geo);
		}
		return place;
	}

	private static Map<String, Object> person(Facilitator facilitator) {
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("@type", "Person");
		person.put("name", facilitator.name());
		return person;
	}

}
