package fr.cnnumerique.cafeia.directory.venue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a manager types about a venue. Numbers stay text here so that a mistyped one gets
 * a French message rather than a conversion error; {@link VenueChecks} parses them.
 */
record VenueForm(
		@NotBlank(message = "{directory.venues.form.name.required}") @Size(max = 120,
				message = "{directory.venues.form.name.too-long}") String name,
		@NotBlank(message = "{directory.venues.form.type.required}") String type,
		@NotBlank(message = "{directory.venues.form.street.required}") @Size(max = 200,
				message = "{directory.venues.form.street.too-long}") String street,
		@NotBlank(message = "{directory.venues.form.postal-code.required}") @Pattern(regexp = "[0-9]{5}",
				message = "{directory.venues.form.postal-code.invalid}") String postalCode,
		@NotBlank(message = "{directory.venues.form.commune.required}") @Size(max = 100,
				message = "{directory.venues.form.commune.too-long}") String commune,
		String latitude, String longitude, Boolean stepFree, Boolean adaptedToilets, Boolean hearingLoop,
		Boolean otherAccess,
		@Size(max = 500, message = "{directory.venues.form.access-details.too-long}") String accessDetails,
		String capacity,
		@Size(max = 500, message = "{directory.venues.form.opening-hours.too-long}") String openingHours,
		@Size(max = 300, message = "{directory.venues.form.website.too-long}") String website,
		@Size(max = 600, message = "{directory.venues.form.description.too-long}") String description,
		@Size(max = 200, message = "{directory.venues.form.organisation.too-long}") String organisation, String siret,
		String rna, Boolean readyToHost, Long version) {

	VenueForm {
		stepFree = Boolean.TRUE.equals(stepFree);
		adaptedToilets = Boolean.TRUE.equals(adaptedToilets);
		hearingLoop = Boolean.TRUE.equals(hearingLoop);
		otherAccess = Boolean.TRUE.equals(otherAccess);
		readyToHost = Boolean.TRUE.equals(readyToHost);
		name = strip(name);
		type = strip(type);
		street = strip(street);
		postalCode = strip(postalCode);
		commune = strip(commune);
		latitude = strip(latitude);
		longitude = strip(longitude);
		accessDetails = strip(accessDetails);
		capacity = strip(capacity);
		openingHours = strip(openingHours);
		website = strip(website);
		description = strip(description);
		organisation = strip(organisation);
		siret = (siret != null) ? siret.replaceAll("\\s", "") : "";
		rna = (rna != null) ? rna.strip().toUpperCase(java.util.Locale.ROOT) : "";
	}

	static VenueForm empty() {
		return new VenueForm("", "", "", "", "", "", "", false, false, false, false, "", "", "", "", "", "", "", "",
				false, null);
	}

	static VenueForm of(VenueDraft draft) {
		return new VenueForm(draft.name(), draft.type(), draft.street(), draft.postalCode(), draft.communeName(),
				Double.toString(draft.latitude()), Double.toString(draft.longitude()), draft.stepFree(),
				draft.adaptedToilets(), draft.hearingLoop(), draft.otherAccess(), draft.accessDetails(),
				(draft.capacity() != null) ? draft.capacity().toString() : "", draft.openingHours(), draft.website(),
				draft.description(), draft.organisation(), draft.siret(), draft.rna(), draft.readyToHost(),
				draft.version());
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : "";
	}

}
