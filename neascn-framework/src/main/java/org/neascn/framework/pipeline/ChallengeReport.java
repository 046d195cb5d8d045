package org.neascn.framework.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.neascn.model.project.Challenge;
import org.neascn.model.project.Project;
import org.neascn.model.project.Stage;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.Require;

/**
 * The common financing challenges of a pipeline: every recorded challenge filed under the
 * taxonomy, counted by category (most frequent first), by country and by stage. A challenge
 * filed by hand keeps its category; one without a category, or with a code the taxonomy does not
 * know, is classified by the taxonomy's keywords and marked so; the rest are counted as
 * unclassified, never dropped.
 *
 * @param frequency   category code to number of challenges, most frequent first
 * @param byCountry   country to category code to count
 * @param byStage     stage to category code to count
 * @param challenges  every challenge as filed, in pipeline order
 * @param notes       category codes used on projects that the taxonomy does not define
 */
public record ChallengeReport(
        String taxonomy,
        Map<String, Integer> frequency,
        Map<CountryCode, Map<String, Integer>> byCountry,
        Map<Stage, Map<String, Integer>> byStage,
        List<FiledChallenge> challenges,
        List<String> notes) {

    public ChallengeReport {
        taxonomy = Require.text(taxonomy, "taxonomy");
        frequency = Require.map(frequency, "frequency");
        byCountry = Require.map(byCountry, "byCountry");
        byStage = Require.map(byStage, "byStage");
        challenges = Require.list(challenges, "challenges");
        notes = Require.list(notes, "notes");
    }

    public long count(FiledChallenge.How how) {
        return challenges.stream().filter(c -> c.how() == how).count();
    }

    public static ChallengeReport of(Collection<Project> projects, ChallengeTaxonomy taxonomy) {
        Require.present(projects, "projects");
        Require.present(taxonomy, "taxonomy");
        List<FiledChallenge> filed = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Project p : projects) {
            for (int i = 0; i < p.challenges().size(); i++) {
                Challenge c = p.challenges().get(i);
                FiledChallenge.How how;
                String category;
                if (c.category() != null && taxonomy.category(c.category()).isPresent()) {
                    how = FiledChallenge.How.FILED;
                    category = c.category();
                } else {
                    if (c.category() != null) {
                        notes.add("project " + p.id() + " challenges[" + i + "].category: '" + c.category()
                                + "' is not in taxonomy " + taxonomy.id() + "; classified by keywords instead");
                    }
                    Optional<ChallengeCategory> guessed = taxonomy.classify(c);
                    how = guessed.isPresent() ? FiledChallenge.How.CLASSIFIED_BY_KEYWORDS : FiledChallenge.How.UNCLASSIFIED;
                    category = guessed.map(ChallengeCategory::code).orElse(null);
                }
                filed.add(new FiledChallenge(p.id(), p.location().country(), p.stage(), c, category, how));
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<CountryCode, Map<String, Integer>> byCountry = new TreeMap<>();
        Map<Stage, Map<String, Integer>> byStage = new EnumMap<>(Stage.class);
        for (FiledChallenge f : filed) {
            if (f.category() == null) {
                continue;
            }
            counts.merge(f.category(), 1, Integer::sum);
            byCountry.computeIfAbsent(f.country(), k -> new TreeMap<>()).merge(f.category(), 1, Integer::sum);
            byStage.computeIfAbsent(f.stage(), k -> new TreeMap<>()).merge(f.category(), 1, Integer::sum);
        }
        List<String> order = taxonomy.categories().stream().map(ChallengeCategory::code).toList();
        Map<String, Integer> frequency = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparingInt(e -> order.indexOf(e.getKey())))
                .forEach(e -> frequency.put(e.getKey(), e.getValue()));
        return new ChallengeReport(taxonomy.id(), frequency, byCountry, byStage, filed, notes);
    }
}
