package fr.cnnumerique.cafeia.directory.venue;

import java.util.Arrays;
import java.util.Optional;

/**
 * Kinds of venue, with the matching code of the typology of the national schema of
 * digital inclusion places, where one exists.
 */
enum VenueType {

	MEDIATHEQUE("mediatheque", "BIB"), TIERS_LIEU("tiers-lieu", "TIERS_LIEUX"), CAFE_BAR("cafe-bar", ""),
	ASSOCIATION("association", "ASSO"), ETABLISSEMENT_SCOLAIRE("etablissement-scolaire", ""), MAIRIE("mairie", "MUNI"),
	ENTREPRISE("entreprise", ""), AUTRE("autre", "");

	private final String code;

	private final String typology;

	VenueType(String code, String typology) {
		this.code = code;
		this.typology = typology;
	}

	String code() {
		return this.code;
	}

	String typology() {
		return this.typology;
	}

	static Optional<VenueType> of(String code) {
		return Arrays.stream(values()).filter((type) -> type.code.equals(code)).findFirst();
	}

	static String typologyOf(String code) {
		return of(code).map(VenueType::typology).orElse("");
	}

}
