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
import org.neascn.model.member.Member;
import org.neascn.model.project.Project;
import org.neascn.model.scap.Scap;
import org.neascn.server.register.RegisterReader;
import org.neascn.server.register.RegisterStore;
import org.neascn.server.register.Registers;
import org.neascn.server.register.Stored;

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

    /** Every member, plan and project of the network. */
    public NetworkRecords all(String network) {
        return new NetworkRecords(reader.all(Registers.MEMBERS, network), reader.all(Registers.PLANS, network),
                reader.all(Registers.PROJECTS, network));
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
        return new Touched(all, plans(network, all));
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
