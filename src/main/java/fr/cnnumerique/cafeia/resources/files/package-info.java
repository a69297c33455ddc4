/**
 * Files of the resource library (internal to the resources module): the
 * {@link fr.cnnumerique.cafeia.resources.files.FileStore} port, its disk adapter under
 * {@code cafeia.files.directory}, and
 * {@link fr.cnnumerique.cafeia.resources.files.FileTypes}, which decides a file's type
 * from its content and checks it against the allowlist.
 */
package fr.cnnumerique.cafeia.resources.files;
