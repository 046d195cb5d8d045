package org.neascn.framework.overlap.text;

/** Raised when a text cannot be analysed; names the language and says why. */
public class TextAnalysisException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TextAnalysisException(String languageTag, String reason, Throwable cause) {
        super("text in '" + languageTag + "' could not be analysed: " + reason, cause);
    }
}
