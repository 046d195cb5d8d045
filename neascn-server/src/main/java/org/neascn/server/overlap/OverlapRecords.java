package org.neascn.server.overlap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neascn.model.member.MemberId;
import org.neascn.model.member.Member;
import org.neascn.model.project.Project;
import org.neascn.model.scap.Scap;
import org.neascn.server.register.AccessPolicy;
import org.neascn.server.register.Omitted;
import org.neascn.server.register.References;
import org.neascn.server.register.Register;
import org.neascn.server.register.RegisterReader;
import org.neascn.server.register.RegisterStore;
import org.neascn.server.register.Registers;
import org.neascn.server.register.Stored;
import org.neascn.server.security.Caller;

/**
 * Reads what the live analysis needs from the registers, each call in a transaction of its own:
 * it runs after a write committed (on the writer's thread or the thread that hears other
 * servers) or in the background at start, never inside a caller's transaction. No access
 * decision is made here: the views apply the {@code AccessPolicy} to what is read.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OverlapRecords {

    @Inject
    RegisterReader reader;

    @Inject
    RegisterStore store;

    @Inject
    References references;

    @Inject
    AccessPolicy policy;

    /** A record the analysis left out, kept with the record so that each caller is told only of what it may read. */
    private record Left(Register<?, ?> register, Object record, Omitted why) {
    }

    /**
     * Per network, the plans and projects that break a rule today (a member the register lacks, a
     * code the network no longer defines: data from before such writes were refused), by id. They
     * are kept out of the analysis rather than allowed to fail it for everyone.
     */
    private final Map<String, Map<String, Left>> omitted = new ConcurrentHashMap<>();

    /** Every member, plan and project of the network that the analysis can take. */
    public NetworkRecords all(String network) {
        List<Member> members = reader.all(Registers.MEMBERS, network);
        omitted.put(network, new ConcurrentHashMap<>());
        return screened(network, new NetworkRecords(members, reader.all(Registers.PLANS, network),
                reader.all(Registers.PROJECTS, network)));
    }

    /** What the analysis left out that this caller may read, with the broken rule. */
    public List<Omitted> omitted(String network, Caller caller) {
        return omitted.getOrDefault(network, Map.of()).values().stream().filter(left -> readable(caller, left))
                .map(Left::why).sorted(java.util.Comparator.comparing(Omitted::id)).toList();
    }

    @SuppressWarnings("unchecked")
    private boolean readable(Caller caller, Left left) {
        return policy.canRead(org.neascn.server.security.CurrentCaller.actorOf(caller), (Register<Object, ?>) left.register(), left.record());
    }

    private NetworkRecords screened(String network, NetworkRecords records) {
        Set<MemberId> members = records.members().stream().map(Member::id).collect(Collectors.toSet());
        Map<String, Left> left = omitted.computeIfAbsent(network, n -> new ConcurrentHashMap<>());
        List<Scap> plans = keep(left, Registers.PLANS, records.plans(), p -> p.id().value(),
                references.forAnalyses(network, members, Scap::member));
        List<Project> projects = keep(left, Registers.PROJECTS, records.projects(), p -> p.id().value(),
                references.forAnalyses(network, members, Project::member));
        return new NetworkRecords(records.members(), plans, projects);
    }

    private static <T> List<T> keep(Map<String, Left> left, Register<T, ?> register, List<T> records,
            Function<T, String> id, Function<T, List<org.neascn.framework.input.InputError>> rules) {
        List<T> kept = new ArrayList<>();
        for (T record : records) {
            String key = register.collection() + "/" + id.apply(record);
            List<org.neascn.framework.input.InputError> errors = rules.apply(record);
            if (errors.isEmpty()) {
                left.remove(key);
                kept.add(record);
            } else {
                org.neascn.framework.input.InputError first = errors.get(0);
                left.put(key, new Left(register, record, new Omitted(id.apply(record), first.path() + ": " + first.rule()
                        + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""))));
            }
        }
        return kept;
    }

    /** The plans a change touches, and their records as they are now. */
    public record Touched(Set<String> plans, NetworkRecords records) {
    }

    /**
     * The plans of the analysis that the changed records touch, with those the records name now
     * (a project's plan, a member's plans), and all of them read in one transaction.
     */
    public Touched touched(String network, Set<String> plans, Set<String> projects, Set<String> members) {
        Set<String> all = new LinkedHashSet<>(plans);
        for (String project : projects) {
            store.find(Registers.PROJECTS, network, project).map(Stored::record)
                    .flatMap(p -> Optional.ofNullable(p.plan())).ifPresent(plan -> all.add(plan.value()));
        }
        for (String member : members) {
            reader.ownedBy(Registers.PLANS, network, member).forEach(p -> all.add(p.id().value()));
        }
        return new Touched(all, screened(network, plans(network, all)));
    }

    /**
     * The plans of these that exist now, with their members and those members' projects (a
     * plan's projects are its member's: the dossier takes those the plan lists or that name it).
     */
    private NetworkRecords plans(String network, Collection<String> ids) {
        List<Scap> plans = new ArrayList<>();
        Set<String> memberIds = new LinkedHashSet<>();
        for (String id : ids) {
            store.find(Registers.PLANS, network, id).map(Stored::record).ifPresent(plan -> {
                plans.add(plan);
                memberIds.add(plan.member().value());
            });
        }
        Map<String, Member> members = new LinkedHashMap<>();
        List<Project> projects = new ArrayList<>();
        for (String member : memberIds) {
            store.find(Registers.MEMBERS, network, member).map(Stored::record).ifPresent(m -> {
                members.put(member, m);
                projects.addAll(reader.ownedBy(Registers.PROJECTS, network, member));
            });
        }
        return new NetworkRecords(List.copyOf(members.values()), plans, projects);
    }
}
