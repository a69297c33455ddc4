package fr.cnnumerique.cafeia.directory.facilitator;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import fr.cnnumerique.cafeia.territory.Place;

/**
 * The public fields of a profile, as saved (the draft) or as approved (the listing).
 */
record ProfileContent(String name, String bio, String communeInsee, String communeName, String postalCode,
		String departementCode, String departementName, String regionCode, String regionName, double latitude,
		double longitude, String organisation, List<String> themes, List<String> audiences, List<String> languages,
		boolean inPerson, boolean online, int travelKm, boolean lookingForVenue) {

	ProfileContent {
		themes = List.copyOf(themes);
		audiences = List.copyOf(audiences);
		languages = List.copyOf(languages);
	}

	static ProfileContent of(ProfileForm form, Place place) {
		return new ProfileContent(form.name(), ProfileForm.blankToNull(form.bio()), place.inseeCode(), place.name(),
				place.postalCode(), place.departementCode(), place.departementName(), place.regionCode(),
				place.regionName(), place.latitude(), place.longitude(), ProfileForm.blankToNull(form.organisation()),
				form.themes(), form.audiences(), form.languages(), form.inPerson(), form.online(), form.travelKm(),
				form.lookingForVenue());
	}

	static ProfileContent from(ResultSet rs) throws SQLException {
		return new ProfileContent(rs.getString("name"), rs.getString("bio"), rs.getString("commune_insee"),
				rs.getString("commune_name"), rs.getString("postal_code"), rs.getString("departement_code"),
				rs.getString("departement_name"), rs.getString("region_code"), rs.getString("region_name"),
				rs.getDouble("latitude"), rs.getDouble("longitude"), rs.getString("organisation"),
				strings(rs.getArray("themes")), strings(rs.getArray("audiences")), strings(rs.getArray("languages")),
				rs.getBoolean("in_person"), rs.getBoolean("online"), rs.getInt("travel_km"),
				rs.getBoolean("looking_for_venue"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	/**
	 * The commune as people read it: {@code Quimper (29000)}.
	 */
	public String communeLabel() {
		return this.communeName + " (" + this.postalCode + ")";
	}

	/**
	 * The first words of the bio, for the moderation queue and the result cards.
	 */
	public String excerpt() {
		if (this.bio == null) {
			return null;
		}
		String flat = this.bio.replaceAll("\\s+", " ").strip();
		return (flat.length() > 160) ? flat.substring(0, 157) + "…" : flat;
	}

}
