package org.neascn.framework.pipeline;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neascn.model.financing.FinancierType;
import org.neascn.model.shared.Require;

/**
 * How one kind of project fares with the network's financiers (the seed's first guiding
 * question): how many projects of the kind, how many have a financier whose every rule they
 * meet, how many only a possible one (a rule could not be decided), the matches and possible
 * matches by group of financier, public and private, the share of cost already secured, and the
 * rules that most often exclude a financier.
 *
 * @param heldBack       projects sanctions screening keeps out of matching
 * @param notSeeking     projects that seek no money (fully funded, or the cost covered)
 * @param matched        projects with at least one match
 * @param possiblyMatched projects with a possible match but no match
 * @param withPublicMatch projects matched by at least one public financier
 * @param withPrivateMatch projects matched by at least one private financier
 * @param matches        project–financier matches, by group of financier ({@link FinancierType.Group} names)
 * @param possibleMatches project–financier possible matches, by group of financier
 * @param projectsMatchedBy projects with at least one match, by group of financier
 * @param securedShare   the mean, over the projects whose secured funding could be set against
 *                       their cost, of the share of cost secured (0 to 1, each in its own currency)
 * @param securedShareOf how many projects that mean is taken over
 * @param excludingRules the rules that failed most often in near misses and exclusions, most first
 */
public record ProspectFigures(int projects, int heldBack, int notSeeking, int matched, int possiblyMatched,
        int withPublicMatch, int withPrivateMatch, Map<String, Integer> matches,
        Map<String, Integer> possibleMatches, Map<String, Integer> projectsMatchedBy,
        Optional<BigDecimal> securedShare, int securedShareOf, List<RuleCount> excludingRules) {

    /** A rule and how often it excluded a financier. */
    public record RuleCount(String rule, int count) {

        public RuleCount {
            rule = Require.text(rule, "rule");
        }
    }

    public ProspectFigures {
        matches = Require.map(matches, "matches");
        possibleMatches = Require.map(possibleMatches, "possibleMatches");
        projectsMatchedBy = Require.map(projectsMatchedBy, "projectsMatchedBy");
        Require.present(securedShare, "securedShare");
        excludingRules = Require.list(excludingRules, "excludingRules");
    }
}
