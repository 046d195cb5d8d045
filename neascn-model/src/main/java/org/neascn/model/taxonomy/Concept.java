package org.neascn.model.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * A smart-city concept of the network's thesaurus (PM2.5, district heating, smart parking): what
 * plans written in different languages can have in common beyond a broad code. Its preferred
 * label names it to a reader in each language; its surface forms are the words plan texts use
 * for it in each language (细颗粒物, 초미세먼지, взвешенные частицы PM2,5), the label always
 * among them. A concept is linked to the SDG targets and focus areas it serves and to broader
 * concepts (PM2.5 is narrower than air quality); narrower links are the inverse, never stored.
 *
 * <p>Invariants: the identifier is well-formed; the label has an English text (the thesaurus's
 * pivot language); every surface form is non-blank and is given under a language that the
 * label also has; a concept is not broader than itself.
 *
 * @param forms surface forms by BCP 47 tag, besides the label; absent languages have only the label
 */
public record Concept(String id, LocalizedText label, Map<String, List<String>> forms, List<String> broader,
                      Set<SdgTargetCode> sdgTargets, Set<FocusAreaCode> focusAreas) {

    public Concept {
        Identifier.check(id, "id");
        Require.present(label, "label");
        Require.that(label.in("en").isPresent(), "label", "needs an English text (the thesaurus's pivot language)");
        LinkedHashMap<String, List<String>> checked = new LinkedHashMap<>();
        Require.map(forms, "forms").forEach((tag, list) -> {
            String canonical = Locale.forLanguageTag(tag).toLanguageTag();
            Require.that(label.in(canonical).isPresent(), "forms[" + tag + "]",
                    "has no preferred label in that language; give label.texts[" + tag + "] first");
            List<String> words = Require.list(list, "forms[" + tag + "]");
            for (int i = 0; i < words.size(); i++) {
                Require.that(!words.get(i).isBlank(), "forms[" + tag + "][" + i + "]", "must not be blank");
            }
            checked.put(canonical, words.stream().map(String::strip).toList());
        });
        forms = java.util.Collections.unmodifiableMap(checked);
        broader = Require.list(broader, "broader");
        for (int i = 0; i < broader.size(); i++) {
            Identifier.check(broader.get(i), "broader[" + i + "]");
            if (broader.get(i).equals(id)) {
                throw new InvalidValueException("broader[" + i + "]", "a concept cannot be broader than itself");
            }
        }
        sdgTargets = Require.set(sdgTargets, "sdgTargets");
        focusAreas = Require.set(focusAreas, "focusAreas");
    }

    /**
     * Every surface form by language: the preferred label first, then the other forms, each
     * once (ignoring case).
     */
    public Map<String, List<String>> surfaceForms() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        label.texts().forEach((tag, text) -> {
            Set<String> seen = new LinkedHashSet<>();
            List<String> words = new ArrayList<>();
            for (String w : concat(text, forms.getOrDefault(tag, List.of()))) {
                if (seen.add(w.toLowerCase(Locale.ROOT))) {
                    words.add(w);
                }
            }
            all.put(tag, List.copyOf(words));
        });
        return all;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> out = new ArrayList<>(rest.size() + 1);
        out.add(first);
        out.addAll(rest);
        return out;
    }
}
