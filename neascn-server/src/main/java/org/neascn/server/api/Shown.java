package org.neascn.server.api;

/**
 * A view holding a display text picked for the reader, which says the language it is in: a
 * response of such views gets a {@code Content-Language} naming their languages.
 */
public interface Shown {

    /** The BCP 47 tag of the display text, or null when the text is in no language (an identifier). */
    String displayLanguage();
}
