package org.neascn.server.overlap;

import java.util.List;
import org.neascn.framework.overlap.theme.CooperationSuggestion;

/** Candidate cooperation initiatives, the largest and most cohesive first. */
public record SuggestionList(List<CooperationSuggestion> suggestions) {
}
