package org.neascn.framework.readiness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neascn.model.project.Challenge;
import org.neascn.model.project.Project;
import org.neascn.model.shared.LocalizedText;

/**
 * A project's recorded financing challenges tied to the criteria they speak of, through the
 * categories each criterion lists: "tipping fees do not cover operations", filed under
 * {@code no-revenue-model}, speaks of the cash-flow criterion. Challenges no criterion covers
 * are kept apart, for a finding.
 */
final class ChallengeLinks {

    /** A challenge with its position on the project and the category it was filed under. */
    record Linked(int index, Challenge challenge, String category) {
    }

    private final Map<String, List<Linked>> byCriterion = new HashMap<>();
    private final List<Linked> uncovered = new ArrayList<>();

    ChallengeLinks(Project p, Map<String, String> criterionOfCategory, ChallengeClassifier classifier) {
        for (int i = 0; i < p.challenges().size(); i++) {
            Challenge c = p.challenges().get(i);
            Optional<String> category = classifier.categoryOf(c);
            String criterion = category.map(criterionOfCategory::get).orElse(null);
            Linked linked = new Linked(i, c, category.orElse(null));
            if (criterion == null) {
                uncovered.add(linked);
            } else {
                byCriterion.computeIfAbsent(criterion, k -> new ArrayList<>()).add(linked);
            }
        }
    }

    List<Linked> of(Criterion c) {
        return byCriterion.getOrDefault(c.id(), List.of());
    }

    List<LocalizedText> words(Criterion c) {
        return of(c).stream().map(l -> l.challenge().text()).toList();
    }

    List<Linked> uncovered() {
        return uncovered;
    }

    /** The city's words as a gap quotes them: «…», «…». */
    static String quoted(List<Linked> linked) {
        StringBuilder s = new StringBuilder();
        for (Linked l : linked) {
            s.append(s.length() == 0 ? "" : ", ").append('«').append(l.challenge().text().originalText()).append('»');
        }
        return s.toString();
    }
}
