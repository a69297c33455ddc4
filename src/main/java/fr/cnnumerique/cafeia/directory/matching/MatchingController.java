package fr.cnnumerique.cafeia.directory.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.cnnumerique.cafeia.accounts.CurrentAccount;
import fr.cnnumerique.cafeia.directory.FacilitatorDirectory;
import fr.cnnumerique.cafeia.directory.FacilitatorSummary;
import fr.cnnumerique.cafeia.directory.VenueDirectory;
import fr.cnnumerique.cafeia.directory.VenueSummary;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The matching page of the facilitator's space. A facilitator whose profile says they
 * look for a venue sees the published venues ready to host within their travel distance,
 * nearest first; a venue manager sees, for each of their venues, the published
 * facilitators within {@value #NEARBY_KM} km, those looking for a venue first. Every
 * result links to its public page and contact relay, so nobody's address is shown.
 */
@Controller
class MatchingController {

	static final int VENUE_LIMIT = 50;

	static final int NEARBY_KM = 50;

	static final int FACILITATOR_LIMIT = 20;

	private final FacilitatorDirectory facilitators;

	private final VenueDirectory venues;

	MatchingController(FacilitatorDirectory facilitators, VenueDirectory venues) {
		this.facilitators = facilitators;
		this.venues = venues;
	}

	@GetMapping("/espace/mise-en-relation")
	String page(@AuthenticationPrincipal CurrentAccount account, Model model) {
		Optional<FacilitatorSummary> profile = this.facilitators.ownProfile(account.id());
		model.addAttribute("profile", profile.orElse(null));
		List<VenueSummary> readyVenues = List.of();
		if (profile.isPresent() && profile.get().lookingForVenue() && profile.get().travelKm() >= 1) {
			FacilitatorSummary own = profile.get();
			readyVenues = this.venues.readyToHostNear(own.latitude(), own.longitude(), own.travelKm(), VENUE_LIMIT);
		}
		model.addAttribute("readyVenues", readyVenues);
		List<ManagedVenue> managed = this.venues.managedBy(account.id())
			.stream()
			.map((venue) -> new ManagedVenue(venue, nearby(venue, account.id())))
			.toList();
		model.addAttribute("managedVenues", managed);
		model.addAttribute("nearbyKm", NEARBY_KM);
		return "directory/matching/page";
	}

	/**
	 * Published facilitators near a venue: first those looking for a venue, nearest
	 * first, then the others, at most {@value #FACILITATOR_LIMIT}, the manager excluded.
	 */
	private List<FacilitatorMatch> nearby(VenueSummary venue, long managerId) {
		List<FacilitatorMatch> matches = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		List<FacilitatorSummary> candidates = new ArrayList<>(this.facilitators.lookingForVenueNear(venue.latitude(),
				venue.longitude(), NEARBY_KM, FACILITATOR_LIMIT));
		candidates
			.addAll(this.facilitators.publishedNear(venue.latitude(), venue.longitude(), NEARBY_KM, FACILITATOR_LIMIT));
		for (FacilitatorSummary facilitator : candidates) {
			if (matches.size() < FACILITATOR_LIMIT && facilitator.accountId() != managerId
					&& seen.add(facilitator.id())) {
				matches.add(new FacilitatorMatch(facilitator,
						facilitator.distanceKm() != null && facilitator.distanceKm() <= facilitator.travelKm()));
			}
		}
		return matches;
	}

	/**
	 * One of the manager's venues with the facilitators near it.
	 *
	 * @param venue the venue, as its managers last saved it
	 * @param facilitators published facilitators nearby
	 */
	record ManagedVenue(VenueSummary venue, List<FacilitatorMatch> facilitators) {
	}

	/**
	 * A facilitator near a venue.
	 *
	 * @param facilitator the published profile, with its distance to the venue
	 * @param withinTravel whether the venue lies within the facilitator's travel distance
	 */
	record FacilitatorMatch(FacilitatorSummary facilitator, boolean withinTravel) {
	}

}
