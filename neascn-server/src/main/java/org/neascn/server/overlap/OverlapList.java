package org.neascn.server.overlap;

import java.util.List;
import org.neascn.framework.overlap.Overlap;

/**
 * The plans that overlap most with one plan, best first, each with its components and evidence;
 * {@code omitted} names the stored plans and projects the analysis left out, and why.
 */
public record OverlapList(String plan, List<Overlap> overlaps, List<org.neascn.server.register.Omitted> omitted) {
}
