package org.neascn.server.pipeline;

import java.util.List;
import java.util.Map;
import org.neascn.framework.pipeline.ChallengeReport;
import org.neascn.framework.pipeline.FiledChallenge;

/** The challenge report with every breakdown as a JSON object keyed by country, stage and category. */
public record ChallengeView(String taxonomy, Map<String, Integer> frequency, Map<String, Map<String, Integer>> byCountry,
                            Map<String, Map<String, Integer>> byStage, List<FiledChallenge> challenges, List<String> notes) {

    static ChallengeView of(ChallengeReport r) {
        return new ChallengeView(r.taxonomy(), r.frequency(), PipelineView.keyed(r.byCountry()), PipelineView.keyed(r.byStage()),
                r.challenges(), r.notes());
    }
}
