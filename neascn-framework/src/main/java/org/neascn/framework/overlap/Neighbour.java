package org.neascn.framework.overlap;

import org.neascn.model.scap.ScapId;

/** A plan among another plan's top overlaps, with its overlap score. */
public record Neighbour(ScapId plan, double score) {
}
