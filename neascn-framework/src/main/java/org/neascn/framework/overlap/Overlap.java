package org.neascn.framework.overlap;

import java.util.List;
import java.util.Map;
import org.neascn.model.member.MemberId;
import org.neascn.model.scap.ScapId;

/**
 * How much two plans have in common, and why: a score in [0, 1] (the weighted mean of the
 * components), each component's value before weighting, and the evidence item by item,
 * strongest first.
 */
public record Overlap(ScapId planA, MemberId memberA, ScapId planB, MemberId memberB, double score,
                      Map<OverlapComponent, Double> components, List<Evidence> evidence) {

    public Overlap {
        components = Map.copyOf(components);
        evidence = List.copyOf(evidence);
    }
}
