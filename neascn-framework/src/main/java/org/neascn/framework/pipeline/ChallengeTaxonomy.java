package org.neascn.framework.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.neascn.framework.readiness.ChallengeClassifier;
import org.neascn.framework.readiness.JsonFile;
import org.neascn.model.project.Challenge;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * The categories a network files financing challenges under (the seed's Q2: what common issues
 * cities face in accessing financing). The library ships a default built from the issues
 * financing partners raise (no revenue model, no feasibility study, limited municipal borrowing
 * power, currency risk, land and permits, capacity gaps, sanctions ...); a network may read its
 * own file. Invariant: category codes unique.
 */
public record ChallengeTaxonomy(String id, LocalizedText name, List<ChallengeCategory> categories)
        implements ChallengeClassifier {

    private static final String STANDARD = "/org/neascn/framework/pipeline/financing-challenges.json";

    public ChallengeTaxonomy {
        Identifier.check(id, "id");
        Require.present(name, "name");
        categories = Require.list(categories, "categories");
        Require.that(!categories.isEmpty(), "categories", "needs at least one category");
        Require.that(categories.stream().map(ChallengeCategory::code).distinct().count() == categories.size(),
                "categories", "codes must be unique");
    }

    public static ChallengeTaxonomy standard() {
        try (InputStream in = ChallengeTaxonomy.class.getResourceAsStream(STANDARD)) {
            return read(in, "challenge taxonomy " + STANDARD);
        } catch (IOException e) {
            throw new IllegalStateException("challenge taxonomy " + STANDARD + ": " + e.getMessage(), e);
        }
    }

    public static ChallengeTaxonomy fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not readable: " + e.getMessage(), e);
        }
    }

    /** @throws IllegalArgumentException naming the source and the field that breaks a rule */
    public static ChallengeTaxonomy read(InputStream in, String where) {
        return JsonFile.read(in, where, ChallengeTaxonomy.class, IllegalArgumentException::new);
    }

    public Optional<ChallengeCategory> category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The hand-filed category when the taxonomy knows it, otherwise the one its keywords suggest. */
    @Override
    public Optional<String> categoryOf(Challenge challenge) {
        if (challenge.category() != null && category(challenge.category()).isPresent()) {
            return Optional.of(challenge.category());
        }
        return classify(challenge).map(ChallengeCategory::code);
    }

    /**
     * The category whose keywords a challenge's text (in every language it is written in)
     * contains most often; on a tie, the category listed first. Empty when no keyword occurs.
     */
    public Optional<ChallengeCategory> classify(Challenge challenge) {
        ChallengeCategory best = null;
        int bestHits = 0;
        List<String> texts = challenge.text().texts().values().stream()
                .map(t -> t.toLowerCase(Locale.ROOT)).toList();
        for (ChallengeCategory c : categories) {
            int hits = 0;
            for (String k : c.keywords()) {
                for (String t : texts) {
                    if (t.contains(k)) {
                        hits++;
                    }
                }
            }
            if (hits > bestHits) {
                best = c;
                bestHits = hits;
            }
        }
        return Optional.ofNullable(best);
    }
}
