/**
 * Territory: the communes, départements and régions of France (INSEE COG 2024, La Poste
 * postal codes, IGN centres; Licence Ouverte 2.0) shipped with the application in
 * {@code classpath:territory/} and loaded into PostgreSQL by the migrations V3 and 3.1.
 *
 * <p>
 * API: {@link fr.cnnumerique.cafeia.territory.PlaceFinder} turns what people type (a
 * commune name, a postal code, "lyon 3") into a
 * {@link fr.cnnumerique.cafeia.territory.Place} with its centre;
 * {@link fr.cnnumerique.cafeia.territory.Distances} measures great-circle distances.
 * Other modules keep a commune's INSEE code, never a foreign key to its row; for
 * proximity in SQL they may use the GiST index on
 * {@code ll_to_earth(latitude, longitude)} of the {@code commune} table.
 *
 * <p>
 * Web: {@code GET /territoires/communes?q=} returns up to ten JSON suggestions for the
 * {@code data-suggest} fields that {@code /js/commune-suggest.js} enhances.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Territory", allowedDependencies = "shared")
package fr.cnnumerique.cafeia.territory;
