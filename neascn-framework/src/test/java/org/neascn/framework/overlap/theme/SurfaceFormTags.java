package org.neascn.framework.overlap.theme;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.taxonomy.Concept;

/**
 * The shipped thesaurus with a plain tagger for theme tests: a concept is in a text when one of
 * its surface forms in the text's language occurs in it, ignoring case. The overlap analysis
 * has the real tagger; themes only need to be told which concepts a text speaks of.
 */
final class SurfaceFormTags {

    private SurfaceFormTags() {
    }

    static ConceptTags shipped() {
        List<Concept> thesaurus = ReferenceData.standard().concepts();
        return new ConceptTags(thesaurus, text -> tag(thesaurus, text));
    }

    private static Set<String> tag(List<Concept> thesaurus, LocalizedText text) {
        Set<String> out = new LinkedHashSet<>();
        text.texts().forEach((language, words) -> {
            String primary = Locale.forLanguageTag(language).getLanguage();
            String haystack = words.toLowerCase(Locale.ROOT).replace(" ", "");
            for (Concept c : thesaurus) {
                c.surfaceForms().forEach((tag, forms) -> {
                    if (Locale.forLanguageTag(tag).getLanguage().equals(primary) && forms.stream()
                            .anyMatch(f -> haystack.contains(f.toLowerCase(Locale.ROOT).replace(" ", "")))) {
                        out.add(c.id());
                    }
                });
            }
        });
        return out;
    }
}
