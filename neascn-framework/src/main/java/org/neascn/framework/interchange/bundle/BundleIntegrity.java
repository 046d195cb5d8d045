package org.neascn.framework.interchange.bundle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.neascn.framework.interchange.ImportProblem;
import org.neascn.model.network.NetworkId;

/**
 * The checks a bundle must pass as a whole before anything of it is stored: every record
 * belongs to the bundle's network, identifiers are unique in each register, and every
 * reference (a project's member and plan, an initiative's members, a round's framework
 * version) points inside the bundle. Each failure names the register, the position (1-based)
 * and the field.
 */
final class BundleIntegrity {

    private final NetworkBundle bundle;
    private final NetworkId network;
    private final List<ImportProblem> problems = new ArrayList<>();

    private BundleIntegrity(NetworkBundle bundle) {
        this.bundle = bundle;
        this.network = bundle.network().id();
    }

    static List<ImportProblem> check(NetworkBundle b) {
        BundleIntegrity c = new BundleIntegrity(b);
        Set<String> members = c.ids("members", b.members(), m -> m.id().value());
        c.ids("partners", b.partners(), p -> p.id().value());
        c.ids("persons", b.persons(), p -> p.id().value());
        Set<String> plans = c.ids("plans", b.plans(), p -> p.id().value());
        c.ids("projects", b.projects(), p -> p.id().value());
        c.ids("initiatives", b.initiatives(), i -> i.id().value());
        c.ids("meetings", b.meetings(), m -> m.id().value());
        Set<String> versions = c.ids("frameworkVersions", b.frameworkVersions(), v -> v.id().value());
        c.ids("consultationRounds", b.consultationRounds(), r -> r.id().value());

        c.sameNetwork("members", b.members(), m -> m.network());
        c.sameNetwork("partners", b.partners(), p -> p.network());
        c.sameNetwork("persons", b.persons(), p -> p.network());
        c.sameNetwork("plans", b.plans(), p -> p.network());
        c.sameNetwork("projects", b.projects(), p -> p.network());
        c.sameNetwork("initiatives", b.initiatives(), i -> i.network());
        c.sameNetwork("meetings", b.meetings(), m -> m.network());
        c.sameNetwork("frameworkVersions", b.frameworkVersions(), v -> v.network());

        for (int i = 0; i < b.plans().size(); i++) {
            c.within(members, b.plans().get(i).member().value(), "plans", i, "member", "member");
        }
        for (int i = 0; i < b.projects().size(); i++) {
            var p = b.projects().get(i);
            c.within(members, p.member().value(), "projects", i, "member", "member");
            if (p.plan() != null) {
                c.within(plans, p.plan().value(), "projects", i, "plan", "plan");
            }
        }
        for (int i = 0; i < b.initiatives().size(); i++) {
            for (var m : b.initiatives().get(i).members()) {
                c.within(members, m.value(), "initiatives", i, "members", "member");
            }
        }
        for (int i = 0; i < b.consultationRounds().size(); i++) {
            c.within(versions, b.consultationRounds().get(i).version().value(), "consultationRounds", i, "version",
                    "framework version");
        }
        return c.problems;
    }

    private <T> Set<String> ids(String register, List<T> records, Function<T, String> id) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            String value = id.apply(records.get(i));
            if (!seen.add(value)) {
                problems.add(new ImportProblem(register, i + 1, "id", "identifier '" + value + "' appears twice in " + register));
            }
        }
        return seen;
    }

    private <T> void sameNetwork(String register, List<T> records, Function<T, NetworkId> of) {
        for (int i = 0; i < records.size(); i++) {
            NetworkId n = of.apply(records.get(i));
            if (!network.equals(n)) {
                problems.add(new ImportProblem(register, i + 1, "network",
                        "belongs to network '" + n + "', not to the bundle's network '" + network + "'"));
            }
        }
    }

    private void within(Set<String> known, String id, String register, int index, String field, String what) {
        if (!known.contains(id)) {
            problems.add(new ImportProblem(register, index + 1, field,
                    "names " + what + " '" + id + "', which is not in the bundle"));
        }
    }

    @Override
    public String toString() {
        return "integrity of bundle for " + bundle.network().id();
    }
}
