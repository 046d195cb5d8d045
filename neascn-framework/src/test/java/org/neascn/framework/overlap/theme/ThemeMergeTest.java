package org.neascn.framework.overlap.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neascn.model.initiative.TargetRef;
import org.neascn.model.initiative.Theme;
import org.neascn.model.member.MemberId;
import org.neascn.model.scap.ScapId;
import org.neascn.model.shared.LocalizedText;

class ThemeMergeTest {

    private static final ConceptTags TAGS = SurfaceFormTags.shipped();
    private static final List<MemberId> THREE = List.of(MemberId.of("seoul"), MemberId.of("beijing"), MemberId.of("ulaanbaatar"));

    private static CooperationSuggestion on(Theme.Kind kind, String code, List<MemberId> members, String... targets) {
        List<TargetRef> refs = new ArrayList<>();
        for (String t : targets) {
            refs.add(new TargetRef(ScapId.of(t.split("/")[0]), t.split("/")[1]));
        }
        return new CooperationSuggestion(SuggestionIdentity.id(kind, code, members), "e", LocalizedText.of("en", code),
                new Theme(kind, code, LocalizedText.of("en", code)), members.get(0), members, refs, List.of(), List.of(),
                0.5, List.of(), List.of());
    }

    @Test
    void aCodeThemeWithTheSameMembersJoinsTheConceptTheme() {
        CooperationSuggestion pm25 = on(Theme.Kind.CONCEPT, "pm25", THREE, "seoul-scap-1/pm25");
        CooperationSuggestion sdg = on(Theme.Kind.SDG_TARGET, "11.6", THREE, "seoul-scap-1/pm25", "seoul-scap-1/lez");
        CooperationSuggestion area = on(Theme.Kind.FOCUS_AREA, "quality-environment", THREE);
        List<CooperationSuggestion> merged = ThemeMerge.merge(List.of(sdg, area, pm25), TAGS);
        assertEquals(1, merged.size(), merged.toString());
        CooperationSuggestion kept = merged.get(0);
        assertEquals(pm25.id(), kept.id());
        assertEquals(List.of("11.6", "quality-environment"), kept.alsoOn().stream().map(Theme::code).toList());
        assertEquals(2, kept.targets().size(), "the joined theme's targets are kept beside the concept's own");
    }

    @Test
    void akinConceptsWithTheSameMembersAreOneSuggestion() {
        CooperationSuggestion pm25 = on(Theme.Kind.CONCEPT, "pm25", THREE, "seoul-scap-1/pm25");
        CooperationSuggestion airQuality = on(Theme.Kind.CONCEPT, "air-quality", THREE);
        assertEquals(1, ThemeMerge.merge(List.of(airQuality, pm25), TAGS).size());
    }

    @Test
    void conceptsThatAreNotAkinStayApartEvenWithTheSameMembers() {
        CooperationSuggestion pm25 = on(Theme.Kind.CONCEPT, "pm25", THREE);
        CooperationSuggestion parking = on(Theme.Kind.CONCEPT, "smart-parking", THREE);
        assertEquals(2, ThemeMerge.merge(List.of(pm25, parking), TAGS).size());
    }

    @Test
    void theSameConceptWithOtherMembersIsAnotherSuggestion() {
        CooperationSuggestion a = on(Theme.Kind.CONCEPT, "pm25", THREE);
        CooperationSuggestion b = on(Theme.Kind.CONCEPT, "pm25", List.of(MemberId.of("seoul"), MemberId.of("beijing"),
                MemberId.of("pyongyang")));
        assertEquals(2, ThemeMerge.merge(List.of(a, b), TAGS).size());
    }

    @Test
    void theIdentifierFollowsThemeAndMembersInAnyOrder() {
        List<MemberId> reversed = new ArrayList<>(THREE);
        java.util.Collections.reverse(reversed);
        assertEquals(SuggestionIdentity.id(Theme.Kind.CONCEPT, "pm25", THREE),
                SuggestionIdentity.id(Theme.Kind.CONCEPT, "pm25", reversed));
        assertTrue(SuggestionIdentity.id(Theme.Kind.CONCEPT, "pm25", THREE).matches("s-[0-9a-f]{16}"));
    }

    @Test
    void anSdgLabelIsCutAtAWordWithAnEllipsis() {
        String un = "SDG 11.6: By 2030, reduce the adverse per capita environmental impact of cities, including by paying "
                + "special attention to air quality and municipal and other waste management";
        String label = ThemeLabel.shorten(un);
        assertTrue(label.length() <= 60, label);
        assertTrue(label.endsWith("…") && label.startsWith("SDG 11.6: By 2030, reduce"), label);
        assertEquals("空气质量", ThemeLabel.shorten("空气质量"));
    }
}
