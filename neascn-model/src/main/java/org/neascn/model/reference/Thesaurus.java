package org.neascn.model.reference;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neascn.model.taxonomy.Concept;
import org.neascn.model.taxonomy.SdgGoal;
import org.neascn.model.taxonomy.SdgTarget;
import org.neascn.model.taxonomy.SdgTargetCode;

/**
 * The rules of a concept thesaurus as a whole, beyond those of one concept: identifiers are
 * unique, every broader concept exists and no concept is (through its broader links) broader
 * than itself, every SDG target is in sdgs.json and every focus area in a taxonomy. Each
 * failure names the file, the concept and the field.
 */
final class Thesaurus {

    /** The file of a network directory that adds concepts to the thesaurus it inherits or brings. */
    static final String EXTENSION = "concepts-extension.json";

    private final ReferenceDataSet data;
    private final String file;
    private final boolean inheritsConcepts;

    Thesaurus(ReferenceDataSet data, Set<String> inherited) {
        this.data = data;
        this.inheritsConcepts = inherited.contains("concepts.json");
        this.file = inherited.contains("concepts.json") && !inherited.contains(EXTENSION) ? EXTENSION : "concepts.json";
    }

    /** The thesaurus with the extension's concepts added, an extension's concept replacing one of its identifier. */
    static List<Concept> extended(List<Concept> base, List<Concept> extension) {
        if (extension.isEmpty()) {
            return base;
        }
        Map<String, Concept> byId = new LinkedHashMap<>();
        base.forEach(c -> byId.put(c.id(), c));
        Set<String> added = new HashSet<>();
        for (Concept c : extension) {
            if (!added.add(c.id())) {
                throw ReferenceIntegrity.broken(EXTENSION, c.id(), "id", "is used by more than one record");
            }
            byId.put(c.id(), c);
        }
        return List.copyOf(byId.values());
    }

    void check() {
        Set<String> ids = new HashSet<>();
        for (Concept c : data.concepts()) {
            if (!ids.add(c.id())) {
                throw ReferenceIntegrity.broken(file, c.id(), "id", "is used by more than one record");
            }
        }
        Set<SdgTargetCode> targets = new HashSet<>();
        for (SdgGoal goal : data.sdgs()) {
            goal.targets().stream().map(SdgTarget::code).forEach(targets::add);
        }
        for (Concept c : data.concepts()) {
            for (String b : c.broader()) {
                if (!ids.contains(b)) {
                    throw ReferenceIntegrity.broken(file, c.id(), "broader", "no concept '" + b + "'");
                }
            }
            c.sdgTargets().forEach(t -> {
                if (!targets.contains(t)) {
                    throw ReferenceIntegrity.broken(file, c.id(), "sdgTargets", "target " + t + " is not in sdgs.json");
                }
            });
            // The shipped thesaurus links its concepts to the shipped networks' focus areas. A
            // network with a taxonomy of its own that inherits it keeps the concepts; a link to a
            // focus area none of its taxonomies defines simply never matches there.
            c.focusAreas().stream().filter(area -> !inheritsConcepts).forEach(area -> {
                if (data.taxonomies().stream().noneMatch(t -> t.defines(area))) {
                    throw ReferenceIntegrity.broken(file, c.id(), "focusAreas", "'" + area + "' is in no taxonomy");
                }
            });
            requireNoCycle(c);
        }
    }

    private void requireNoCycle(Concept start) {
        Deque<String> open = new ArrayDeque<>(start.broader());
        Set<String> seen = new HashSet<>();
        while (!open.isEmpty()) {
            String id = open.pop();
            if (id.equals(start.id())) {
                throw ReferenceIntegrity.broken(file, start.id(), "broader",
                        "the broader links lead back to the concept itself");
            }
            if (seen.add(id)) {
                data.concept(id).ifPresent(c -> open.addAll(c.broader()));
            }
        }
    }
}
