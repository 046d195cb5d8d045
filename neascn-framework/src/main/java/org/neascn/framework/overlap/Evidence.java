package org.neascn.framework.overlap;

import java.util.List;

/**
 * Why two plans overlap, one reason at a time: the items of plan A and of plan B that matched,
 * what they matched on (a shared code, or the words their texts share), and how much this
 * match adds to the overlap score.
 *
 * @param matchedOn    in words: {@code SDG 11.6}, {@code focus area quality-environment},
 *                     {@code text: en:park, en:smart}
 * @param contribution the share of the overall score, in [0, 1]; the contributions of an
 *                     overlap's evidence add up to its score
 */
public record Evidence(OverlapComponent component, List<ItemRef> fromA, List<ItemRef> fromB, String matchedOn,
                       double contribution) {

    public Evidence {
        fromA = List.copyOf(fromA);
        fromB = List.copyOf(fromB);
    }
}
