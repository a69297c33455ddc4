package fr.cnnumerique.cafeia.bench;

/**
 * A commune of the territory reference data, as the generator places things in it.
 */
record Commune(String inseeCode, String name, String postalCode, String departementCode, String departementName,
		String regionCode, String regionName, double latitude, double longitude, int population) {

}
