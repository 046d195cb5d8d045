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

    /** The project's plan now, if the project exists and names one. */
    public Optional<String> planOfProject(String network, String project) {
        return store.find(Registers.PROJECTS, network, project).map(Stored::record)
                .flatMap(p -> Optional.ofNullable(p.plan())).map(plan -> plan.value());
    }

    /** The plans a member owns now. */
    public List<String> plansOfMember(String network, String member) {
        return reader.ownedBy(Registers.PLANS, network, member).stream().map(p -> p.id().value()).toList();
    }

    /**
     * The plans of these that exist now, with their members and those members' projects (a
     * plan's projects are its member's: the dossier takes those the plan lists or that name it).
     */
    public NetworkRecords plans(String network, Collection<String> ids) {
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
