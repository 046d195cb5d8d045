package org.neascn.framework.pipeline;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The running figures of one kind of project while the report adds its projects. */
final class ProspectTally {

    /** How many of the most frequent excluding rules a kind reports. */
    static final int TOP_RULES = 5;

    private int projects;
    private int heldBack;
    private int notSeeking;
    private int matched;
    private int possiblyMatched;
    private int withPublicMatch;
    private int withPrivateMatch;
    private final int[] matches = new int[ProjectProspect.GROUPS.length];
    private final int[] possibleMatches = new int[ProjectProspect.GROUPS.length];
    private final int[] projectsMatchedBy = new int[ProjectProspect.GROUPS.length];
    private BigDecimal shareSum = BigDecimal.ZERO;
    private int shareOf;
    private final Map<String, Integer> failedRules = new HashMap<>();

    void add(ProjectProspect p) {
        projects++;
        heldBack += p.heldBack ? 1 : 0;
        notSeeking += p.notSeeking ? 1 : 0;
        matched += p.matched() ? 1 : 0;
        possiblyMatched += p.possiblyMatched() ? 1 : 0;
        withPublicMatch += p.matchedBy(false) ? 1 : 0;
        withPrivateMatch += p.matchedBy(true) ? 1 : 0;
        for (int g = 0; g < matches.length; g++) {
            matches[g] += p.matches[g];
            possibleMatches[g] += p.possibleMatches[g];
            projectsMatchedBy[g] += p.matches[g] > 0 ? 1 : 0;
        }
        if (p.securedShare != null) {
            shareSum = shareSum.add(p.securedShare);
            shareOf++;
        }
        p.failedRules.forEach((rule, n) -> failedRules.merge(rule, n, Integer::sum));
    }

    ProspectFigures figures() {
        Optional<BigDecimal> share = shareOf == 0 ? Optional.empty()
                : Optional.of(shareSum.divide(BigDecimal.valueOf(shareOf), MathContext.DECIMAL64)
                        .setScale(3, RoundingMode.HALF_UP));
        List<ProspectFigures.RuleCount> rules = new ArrayList<>();
        failedRules.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP_RULES)
                .forEach(e -> rules.add(new ProspectFigures.RuleCount(e.getKey(), e.getValue())));
        return new ProspectFigures(projects, heldBack, notSeeking, matched, possiblyMatched, withPublicMatch,
                withPrivateMatch, byGroup(matches), byGroup(possibleMatches), byGroup(projectsMatchedBy), share, shareOf,
                rules);
    }

    private static Map<String, Integer> byGroup(int[] counts) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int g = 0; g < counts.length; g++) {
            map.put(ProjectProspect.GROUPS[g].name(), counts[g]);
        }
        return map;
    }
}
