package fr.cnnumerique.cafeia.resources.library;

import org.springframework.core.io.InputStreamSource;

/**
 * A file whose type was already checked, ready to store.
 *
 * @param originalName the name the author gave, kept for downloads
 * @param mediaType the type decided from the content
 * @param content where to read it from
 */
record Upload(String originalName, String mediaType, InputStreamSource content) {

}
