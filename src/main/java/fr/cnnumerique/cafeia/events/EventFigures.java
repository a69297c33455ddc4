package fr.cnnumerique.cafeia.events;

/**
 * The programme in three numbers, for the home page.
 *
 * @param upcoming published cafés not yet started (cancelled ones left out)
 * @param communes communes where at least one of them takes place
 * @param departements départements where at least one of them takes place
 */
public record EventFigures(long upcoming, long communes, long departements) {

}
