package fr.cnnumerique.cafeia.taxonomy;

/**
 * Someone changed the term after the administrator loaded it.
 */
class StaleTermException extends RuntimeException {

	StaleTermException(long id) {
		super("Taxonomy term " + id + " changed since it was read");
	}

}
