/**
 * Territory: the communes, départements and régions of France (INSEE, La Poste, IGN,
 * Licence Ouverte 2.0) shipped with the application, and
 * {@link fr.cnnumerique.cafeia.territory.PlaceFinder} which turns what people type into a
 * commune and its centre.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Territory", allowedDependencies = "shared")
package fr.cnnumerique.cafeia.territory;
