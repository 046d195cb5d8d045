package org.neascn.framework.overlap;

import java.util.List;
import org.neascn.model.shared.LocalizedText;

/**
 * Why two plans overlap, one reason at a time: the items of plan A and of plan B that matched,
 * what they matched on, the words each side used for it in its own language, and how much this
 * match adds to the overlap score.
 *
 * @param matchedOn    in English words, for logs and clients that show one language:
 *                     {@code concept PM2.5}, {@code SDG 11.6}, {@code focus area Quality Environment},
 *                     {@code wording: smart, parking}
 * @param subject      what was matched on, in every language there is a name for it (the
 *                     concept's label, the focus area's name, the indicator's name), so a reader
 *                     sees it in theirs
 * @param wordsA       the words of plan A's items that matched, per language as they are written
 *                     ({@code 초미세먼지}); empty for a shared code, which no text names
 * @param contribution the share of the overall score, in [0, 1]; the contributions of an
 *                     overlap's evidence add up to its score
 */
public record Evidence(OverlapComponent component, List<ItemRef> fromA, List<ItemRef> fromB, String matchedOn,
                       double contribution, LocalizedText subject, List<Words> wordsA, List<Words> wordsB) {

    /** Words of one item in one language, as the item writes them. */
    public record Words(String language, List<String> words) {

        public Words {
            words = List.copyOf(words);
        }
    }

    public Evidence {
        fromA = List.copyOf(fromA);
        fromB = List.copyOf(fromB);
        subject = subject == null ? LocalizedText.of("en", matchedOn) : subject;
        wordsA = wordsA == null ? List.of() : List.copyOf(wordsA);
        wordsB = wordsB == null ? List.of() : List.copyOf(wordsB);
    }

    /** Evidence of a shared code, which no text of either side names. */
    public Evidence(OverlapComponent component, List<ItemRef> fromA, List<ItemRef> fromB, String matchedOn,
                    double contribution) {
        this(component, fromA, fromB, matchedOn, contribution, null, List.of(), List.of());
    }
}
