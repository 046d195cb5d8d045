package org.neascn.framework.readiness;

import java.math.BigDecimal;
import java.util.Set;
import org.neascn.model.project.DocumentType;
import org.neascn.model.project.Stage;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * One criterion of a readiness rubric: what it asks, where it comes from, how much it weighs,
 * the evidence it reads, the rung of the stage ladder from which financiers expect it, the lens
 * through which it applies, and the financing challenges a city records against it.
 *
 * @param source      the framework it comes from ("CCFLA bankability", "C40 CFF: project maturity")
 * @param documents   for {@link Evidence#DOCUMENT}: the document types that count (any one)
 * @param countryList for {@link Evidence#COUNTRY_IN_LIST}: the country list's identifier
 * @param requiredFor the stage a project cannot credibly be at without it, or null for a
 *                    criterion that adds to the score but gates no stage
 * @param gap         what is missing, in plain words, when the evidence is absent
 * @param lens        the identifier of a {@link Lens} of the rubric, or null for a criterion
 *                    that applies to every project
 * @param challengeCategories the financing-challenge categories ({@code no-revenue-model}) that
 *                    speak of this criterion: a city's challenge filed under one is quoted in its gap
 */
public record Criterion(
        String id,
        LocalizedText name,
        String source,
        BigDecimal weight,
        Evidence evidence,
        Set<DocumentType> documents,
        String countryList,
        Stage requiredFor,
        LocalizedText gap,
        String lens,
        Set<String> challengeCategories) {

    public Criterion {
        Identifier.check(id, "id");
        Require.present(name, "name");
        source = Require.text(source, "source");
        Require.present(weight, "weight");
        Require.that(weight.signum() > 0, "weight", "must be positive (was " + weight.toPlainString() + ")");
        Require.present(evidence, "evidence");
        documents = Require.set(documents, "documents");
        Require.that(evidence != Evidence.DOCUMENT || !documents.isEmpty(), "documents",
                "name at least one document type for DOCUMENT evidence");
        Require.that(evidence != Evidence.COUNTRY_IN_LIST || countryList != null, "countryList",
                "is required for COUNTRY_IN_LIST evidence");
        Require.present(gap, "gap");
        lens = Require.optionalText(lens);
        challengeCategories = Require.set(challengeCategories, "challengeCategories");
    }

    /** Whether the criterion applies whatever the project is. */
    public boolean isGeneral() {
        return lens == null;
    }
}
