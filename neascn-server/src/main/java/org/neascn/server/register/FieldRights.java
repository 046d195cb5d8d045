package org.neascn.server.register;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.member.Member;
import org.neascn.model.project.Project;

/**
 * The fields of a record that only the secretariat writes, per aggregate. An owner keeps its
 * record, but not what the network decides about it: a member's country (which sanctions
 * screening reads), its membership status and network, and the sanctions exemptions of its
 * projects and initiatives (recorded by the secretariat's own commands, from the regime's
 * exemption authority). Owners (a project's member, an initiative's lead) move only by the
 * secretariat too; the policy checks the owner before and after every change.
 */
final class FieldRights {

    private FieldRights() {
    }

    private static final Map<Aggregate, Map<String, Function<Object, Object>>> SECRETARIAT_ONLY = Map.of(
            Aggregate.MEMBER, fields("country", read(m -> ((Member) m).country()), "status", read(m -> ((Member) m).status()),
                    "network", read(m -> ((Member) m).network())),
            Aggregate.PROJECT, fields("sanctionsExemptions", read(p -> ((Project) p).sanctionsExemptions())),
            Aggregate.INITIATIVE, fields("sanctionsExemptions", read(i -> ((Initiative) i).sanctionsExemptions())));

    private static Function<Object, Object> read(Function<Object, Object> reader) {
        return reader;
    }

    /** The secretariat-only fields a change by an owner would alter. */
    static List<String> changed(Aggregate aggregate, Object before, Object after) {
        return SECRETARIAT_ONLY.getOrDefault(aggregate, Map.of()).entrySet().stream()
                .filter(f -> !f.getValue().apply(before).equals(f.getValue().apply(after)))
                .map(Map.Entry::getKey).toList();
    }

    /** The secretariat-only fields a new record of an owner fills in (exemptions come by command only). */
    static List<String> filled(Aggregate aggregate, Object created) {
        return SECRETARIAT_ONLY.getOrDefault(aggregate, Map.of()).entrySet().stream()
                .filter(f -> f.getValue().apply(created) instanceof List<?> list && !list.isEmpty())
                .map(Map.Entry::getKey).toList();
    }

    private static Map<String, Function<Object, Object>> fields(Object... namesAndReaders) {
        Map<String, Function<Object, Object>> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndReaders.length; i += 2) {
            @SuppressWarnings("unchecked")
            Function<Object, Object> reader = (Function<Object, Object>) namesAndReaders[i + 1];
            fields.put((String) namesAndReaders[i], reader);
        }
        return fields;
    }
}
