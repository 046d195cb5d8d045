package org.neascn.framework.overlap.text;

/**
 * One place where a text speaks of a concept of the thesaurus: the concept, the language of
 * the text, and the words as the text writes them ({@code 초미세먼지}, {@code платной парковки}),
 * never a stem or a normalised form.
 *
 * @param start the offset of the words in the text of that language
 */
public record ConceptMatch(String concept, String language, String words, int start) {
}
