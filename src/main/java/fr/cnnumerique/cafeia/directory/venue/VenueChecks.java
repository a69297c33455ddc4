package fr.cnnumerique.cafeia.directory.venue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.cnnumerique.cafeia.directory.venue.Geocoder.GeoPoint;
import fr.cnnumerique.cafeia.territory.Place;
import fr.cnnumerique.cafeia.territory.PlaceFinder;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The business rules of a venue form beyond Bean Validation: no HTML, a known commune,
 * coordinates in France, well-formed SIRET, RNA and website. Resolves the commune and the
 * point (typed, else from the {@link Geocoder}, else the commune centre).
 */
@Component
class VenueChecks {

	private static final Pattern MARKUP = Pattern.compile("[<>]");

	private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,3}([.,][0-9]{1,10})?");

	private static final int SUGGESTIONS = 5;

	private final PlaceFinder places;

	private final Geocoder geocoder;

	VenueChecks(PlaceFinder places, Geocoder geocoder) {
		this.places = places;
		this.geocoder = geocoder;
	}

	/**
	 * Checks the form, adding field errors, and returns the venue to store when there are
	 * none.
	 */
	Optional<VenueDraft> check(VenueForm form, Errors errors) {
		Map<String, String> texts = Map.of("name", form.name(), "street", form.street(), "commune", form.commune(),
				"accessDetails", form.accessDetails(), "openingHours", form.openingHours(), "website", form.website(),
				"description", form.description(), "organisation", form.organisation());
		texts.forEach((field, value) -> {
			if (value != null && MARKUP.matcher(value).find() && !errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "directory.venues.form.html");
			}
		});
		if (!form.type().isEmpty() && VenueType.of(form.type()).isEmpty()) {
			errors.rejectValue("type", "directory.venues.form.type.required");
		}
		Integer capacity = capacity(form.capacity(), errors);
		checkWebsite(form.website(), errors);
		if (!form.siret().isEmpty() && !Identifiers.isValidSiret(form.siret())) {
			errors.rejectValue("siret", "directory.venues.form.siret.invalid");
		}
		if (!form.rna().isEmpty() && !Identifiers.isValidRna(form.rna())) {
			errors.rejectValue("rna", "directory.venues.form.rna.invalid");
		}
		Double latitude = coordinate(form.latitude(), "latitude", 90, errors);
		Double longitude = coordinate(form.longitude(), "longitude", 180, errors);
		if ((latitude == null) != (longitude == null) && !errors.hasFieldErrors("latitude")
				&& !errors.hasFieldErrors("longitude")) {
			errors.rejectValue((latitude == null) ? "latitude" : "longitude", "directory.venues.form.coordinates.both");
		}
		if (latitude != null && longitude != null && !FranceBounds.contains(latitude, longitude)) {
			errors.rejectValue("latitude", "directory.venues.form.coordinates.outside-france");
		}
		Place place = commune(form, errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		GeoPoint point = (latitude != null && longitude != null) ? new GeoPoint(latitude, longitude)
				: this.geocoder.locate(form.street(), form.postalCode(), place.inseeCode())
					.filter((found) -> FranceBounds.contains(found.latitude(), found.longitude()))
					.orElse(new GeoPoint(place.latitude(), place.longitude()));
		return Optional
			.of(new VenueDraft(0, form.name(), form.type(), form.street(), form.postalCode(), place.inseeCode(),
					place.name(), point.latitude(), point.longitude(), form.stepFree(), form.adaptedToilets(),
					form.hearingLoop(), form.otherAccess(), blankToNull(form.accessDetails()), capacity,
					blankToNull(form.openingHours()), blankToNull(form.website()), blankToNull(form.description()),
					blankToNull(form.organisation()), blankToNull(form.siret()), blankToNull(form.rna()),
					form.readyToHost(), null, null, (form.version() != null) ? form.version() : 0));
	}

	private Place commune(VenueForm form, Errors errors) {
		if (errors.hasFieldErrors("commune") || errors.hasFieldErrors("postalCode")) {
			return null;
		}
		String name = form.commune().replaceAll("\\s*\\([0-9]{5}\\)\\s*$", "");
		List<Place> candidates = this.places.suggest(name, 20);
		Optional<Place> place = this.places.find(name + " " + form.postalCode())
			.filter((found) -> candidates.stream().anyMatch((c) -> c.inseeCode().equals(found.inseeCode())))
			.filter((found) -> form.postalCode().equals(found.postalCode()));
		if (place.isPresent()) {
			return place.get();
		}
		List<Place> close = candidates.isEmpty() ? this.places.suggest(form.postalCode(), SUGGESTIONS)
				: candidates.subList(0, Math.min(SUGGESTIONS, candidates.size()));
		if (close.isEmpty()) {
			errors.rejectValue("commune", "directory.venues.form.commune.unknown", new Object[] { form.commune() },
					null);
		}
		else {
			errors.rejectValue(
					"commune", "directory.venues.form.commune.unknown-close", new Object[] { form.commune(),
							form.postalCode(), close.stream().map(Place::label).collect(Collectors.joining(", ")) },
					null);
		}
		return null;
	}

	private static Integer capacity(String text, Errors errors) {
		if (text.isEmpty()) {
			return null;
		}
		if (!text.matches("[0-9]{1,5}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 10000) {
			errors.rejectValue("capacity", "directory.venues.form.capacity.invalid");
			return null;
		}
		return Integer.valueOf(text);
	}

	private static void checkWebsite(String website, Errors errors) {
		if (website.isEmpty() || errors.hasFieldErrors("website")) {
			return;
		}
		try {
			URI uri = new URI(website);
			if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
					|| uri.getHost() == null || !uri.getHost().contains(".")) {
				errors.rejectValue("website", "directory.venues.form.website.invalid");
			}
		}
		catch (URISyntaxException ex) {
			errors.rejectValue("website", "directory.venues.form.website.invalid");
		}
	}

	private static Double coordinate(String text, String field, double max, Errors errors) {
		if (text.isEmpty()) {
			return null;
		}
		if (!NUMBER.matcher(text).matches() || Math.abs(Double.parseDouble(text.replace(',', '.'))) > max) {
			errors.rejectValue(field, "directory.venues.form." + field + ".invalid");
			return null;
		}
		return Double.parseDouble(text.replace(',', '.'));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
