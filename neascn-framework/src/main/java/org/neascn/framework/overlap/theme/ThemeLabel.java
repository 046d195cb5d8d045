package org.neascn.framework.overlap.theme;

import java.util.LinkedHashMap;
import java.util.Map;
import org.neascn.framework.overlap.Codebook;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.taxonomy.FocusAreaCode;
import org.neascn.model.taxonomy.SdgTargetCode;

/**
 * The short name of a theme, in every language the thesaurus or the codebook has it: the
 * concept's preferred label; for a theme on an SDG target the target's code and the beginning
 * of its wording (a whole UN target sentence runs past 200 characters); a focus area's label.
 * Never longer than {@value #MAX} characters in any language.
 */
final class ThemeLabel {

    static final int MAX = 60;

    private ThemeLabel() {
    }

    static LocalizedText of(ThemeKey key, ConceptTags tags, Codebook codebook) {
        return switch (key.kind()) {
            case CONCEPT -> shortened(tags.concept(key.code()).map(c -> c.label())
                    .orElse(LocalizedText.of("en", key.code())), "");
            case SDG_TARGET -> shortened(codebook.sdgLabel(SdgTargetCode.of(key.code())), "SDG " + key.code() + ": ");
            default -> shortened(codebook.focusAreaLabel(FocusAreaCode.of(key.code())), "");
        };
    }

    private static LocalizedText shortened(LocalizedText label, String prefix) {
        Map<String, String> texts = new LinkedHashMap<>();
        label.texts().forEach((language, text) -> texts.put(language, shorten(prefix + text)));
        return new LocalizedText(label.original(), texts);
    }

    /** Cut at the last space that keeps at least half the room, else at the limit, with an ellipsis. */
    static String shorten(String text) {
        String t = text.strip();
        if (t.codePointCount(0, t.length()) <= MAX) {
            return t;
        }
        int end = t.offsetByCodePoints(0, MAX - 1);
        int space = t.lastIndexOf(' ', end);
        if (space > end / 2) {
            end = space;
        }
        return t.substring(0, end).stripTrailing().replaceAll("[,;:]$", "") + "…";
    }
}
