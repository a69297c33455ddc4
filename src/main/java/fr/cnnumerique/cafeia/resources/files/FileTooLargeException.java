package fr.cnnumerique.cafeia.resources.files;

/**
 * A file was longer than the size limit; nothing was stored.
 */
public class FileTooLargeException extends RuntimeException {

	FileTooLargeException(long maxBytes) {
		super("File larger than " + maxBytes + " bytes");
	}

}
