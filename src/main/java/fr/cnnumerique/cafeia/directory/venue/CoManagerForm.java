package fr.cnnumerique.cafeia.directory.venue;

/**
 * The address of the account to add as a co-manager of a venue.
 *
 * @param email the address as typed
 */
record CoManagerForm(String email) {

}
