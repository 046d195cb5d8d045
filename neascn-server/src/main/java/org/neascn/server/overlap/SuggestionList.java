package org.neascn.server.overlap;

import java.util.List;
import org.neascn.framework.overlap.theme.CooperationSuggestion;

/** Candidate cooperation initiatives, the largest and most cohesive first; {@code omitted} as for overlaps. */
public record SuggestionList(List<CooperationSuggestion> suggestions, List<org.neascn.server.register.Omitted> omitted) {
}
