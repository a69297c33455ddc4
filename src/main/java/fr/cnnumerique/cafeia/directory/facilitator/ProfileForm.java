package fr.cnnumerique.cafeia.directory.facilitator;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The profile form as posted. Lists are never {@code null}; unchecked boxes are
 * {@code false}.
 */
record ProfileForm(
		@NotBlank(message = "{directory.profile.name.required}") @Size(max = 80,
				message = "{directory.profile.name.too-long}") String name,
		@Size(max = 600, message = "{directory.profile.bio.too-long}") String bio,
		@NotBlank(message = "{directory.profile.commune.required}") @Size(max = 100,
				message = "{directory.profile.commune.unknown-short}") String commune,
		@Size(max = 120, message = "{directory.profile.organisation.too-long}") String organisation,
		List<String> themes, List<String> audiences, List<String> languages, Boolean inPerson, Boolean online,
		@NotNull(message = "{directory.profile.travel.required}") @Min(value = 0,
				message = "{directory.profile.travel.range}") @Max(value = 500,
						message = "{directory.profile.travel.range}") Integer travelKm,
		Boolean lookingForVenue, Boolean optedIn) {

	/** Languages a facilitator may say they run cafés in, in the order offered. */
	static final List<String> LANGUAGES = List.of("fr", "en", "de", "es", "it", "pt", "ar", "br", "oc", "eu", "co",
			"fsl");

	private static final Pattern HTML = Pattern.compile("<\\s*[a-zA-Z/!?]|&[a-zA-Z#][a-zA-Z0-9]*;");

	ProfileForm {
		name = normalise(name);
		bio = (bio != null) ? bio.strip().replace("\r\n", "\n") : null;
		commune = normalise(commune);
		organisation = normalise(organisation);
		themes = (themes != null) ? List.copyOf(themes) : List.of();
		audiences = (audiences != null) ? List.copyOf(audiences) : List.of();
		languages = (languages != null) ? List.copyOf(languages) : List.of();
		inPerson = Boolean.TRUE.equals(inPerson);
		online = Boolean.TRUE.equals(online);
		lookingForVenue = Boolean.TRUE.equals(lookingForVenue);
		optedIn = Boolean.TRUE.equals(optedIn);
	}

	static ProfileForm empty(String name) {
		return new ProfileForm(name, null, null, null, List.of(), List.of(), List.of("fr"), true, false, 20, false,
				false);
	}

	static ProfileForm of(ProfileContent content, boolean optedIn) {
		return new ProfileForm(content.name(), content.bio(), content.communeLabel(), content.organisation(),
				content.themes(), content.audiences(), content.languages(), content.inPerson(), content.online(),
				content.travelKm(), content.lookingForVenue(), optedIn);
	}

	/**
	 * Rules Bean Validation cannot state: no markup in free text, known languages.
	 */
	void check(Errors errors) {
		if (isMarkup(this.name)) {
			errors.rejectValue("name", "directory.profile.html");
		}
		if (isMarkup(this.bio)) {
			errors.rejectValue("bio", "directory.profile.html");
		}
		if (isMarkup(this.organisation)) {
			errors.rejectValue("organisation", "directory.profile.html");
		}
		if (!LANGUAGES.containsAll(this.languages)) {
			errors.rejectValue("languages", "directory.profile.languages.unknown");
		}
	}

	static boolean isMarkup(String text) {
		return text != null && HTML.matcher(text).find();
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	private static String normalise(String text) {
		return (text != null) ? text.strip().replaceAll("\\s+", " ") : null;
	}

}
