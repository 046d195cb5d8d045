package org.neascn.framework.readiness;

import java.util.Optional;
import org.neascn.model.project.Challenge;

/**
 * Files a city's financing challenge under a category code, so that readiness can quote it in
 * the gap it speaks of. The pipeline's challenge taxonomy is one (by hand-filed category, then
 * by keywords in any language); {@link #FILED} trusts the hand-filed category alone.
 */
@FunctionalInterface
public interface ChallengeClassifier {

    /** The category the city or an officer filed, nothing more. */
    ChallengeClassifier FILED = c -> Optional.ofNullable(c.category());

    Optional<String> categoryOf(Challenge challenge);
}
