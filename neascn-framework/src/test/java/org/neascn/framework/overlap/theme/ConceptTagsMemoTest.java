package org.neascn.framework.overlap.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.neascn.framework.overlap.Codebook;
import org.neascn.framework.overlap.OverlapNetwork;
import org.neascn.framework.overlap.OverlapSettings;
import org.neascn.framework.overlap.PlansForTests;
import org.neascn.model.initiative.Theme;
import org.neascn.model.network.NetworkId;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.shared.LocalizedText;

/** The thesaurus of a codebook as the server gives it to cooperation themes: its analysis's tagger, each text read once. */
class ConceptTagsMemoTest {

    private static final Codebook CODEBOOK = Codebook.of(ReferenceData.standard(), NetworkId.of("neascn"));

    private static LocalizedText ko(String text) {
        return LocalizedText.of("ko", text);
    }

    @Test
    void aCodebooksTagsSeeTheConceptsItsTaggerSees() {
        ConceptTags tags = ConceptTags.of(CODEBOOK);
        assertEquals(Set.of("pm25"), tags.in(ko("초미세먼지를 절반으로 줄인다")));
        assertEquals(Set.of("pm25"), tags.in(new LocalizedText("zh-Hans", Map.of("zh-Hans", "降低细颗粒物浓度"))));
        assertTrue(tags.concept("waste-sorting").isPresent());
    }

    @Test
    void aTextIsTaggedOnceHoweverOftenItIsRead() {
        AtomicInteger tagged = new AtomicInteger();
        Function<LocalizedText, Set<String>> tagger = text -> {
            tagged.incrementAndGet();
            return Set.of("pm25");
        };
        TextMemo memo = new TextMemo(tagger);
        memo.apply(ko("초미세먼지를 절반으로 줄인다"));
        memo.apply(ko("초미세먼지를 절반으로 줄인다"));
        assertEquals(1, tagged.get(), "an equal text, even as another object, is not tagged again");
    }

    @Test
    void theLeastRecentlyReadTextIsForgottenFirst() {
        AtomicInteger tagged = new AtomicInteger();
        TextMemo memo = new TextMemo(text -> {
            tagged.incrementAndGet();
            return Set.of();
        }, 2);
        memo.apply(ko("하나"));
        memo.apply(ko("둘"));
        memo.apply(ko("하나"));
        memo.apply(ko("셋"));
        assertEquals(2, memo.size());
        memo.apply(ko("하나"));
        assertEquals(3, tagged.get(), "하나 was read last but one and stayed");
        memo.apply(ko("둘"));
        assertEquals(4, tagged.get(), "둘 was forgotten");
    }

    @Test
    void suggestionsWithTheCodebooksTagsAreOnConcepts() {
        OverlapNetwork network = OverlapNetwork.build(CODEBOOK, OverlapSettings.defaults(), PlansForTests.all());
        List<CooperationSuggestion> all = CooperationThemes.suggest(network, List.of(), List.of(), ConceptTags.of(CODEBOOK));
        assertTrue(all.stream().anyMatch(s -> s.theme().kind() == Theme.Kind.CONCEPT), all::toString);
        assertTrue(all.stream().allMatch(s -> s.title().texts().values().stream().allMatch(t -> t.length() <= 60)),
                all::toString);
    }
}
