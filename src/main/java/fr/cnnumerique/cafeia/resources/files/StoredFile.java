package fr.cnnumerique.cafeia.resources.files;

/**
 * A file the {@link FileStore} holds.
 *
 * @param key the generated name under which it is stored, never derived from the name the
 * author gave
 * @param size its size in bytes
 * @param sha256 the SHA-256 of its content, lowercase hexadecimal
 */
public record StoredFile(String key, long size, String sha256) {

}
