package org.neascn.framework.overlap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neascn.model.member.Member;
import org.neascn.model.member.MemberId;
import org.neascn.model.project.Project;
import org.neascn.model.project.ProjectId;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapId;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.Require;

/**
 * A member's action plan as overlap analysis reads it: the member (whose country matters for
 * sanctions), the plan, and the plan's priority projects in full.
 *
 * <p>Invariants: the plan is the member's; every project is the member's. A plan with no
 * strategic targets is accepted (a draft may have none yet): it overlaps only through its
 * focus areas and projects.
 */
public record PlanDossier(Member member, Scap plan, List<Project> projects) {

    public PlanDossier {
        Require.present(member, "member");
        Require.present(plan, "plan");
        projects = Require.list(projects, "projects");
        Require.that(plan.member().equals(member.id()), "plan.member",
                "plan " + plan.id() + " belongs to member " + plan.member() + ", not to " + member.id());
        for (int i = 0; i < projects.size(); i++) {
            Require.that(projects.get(i).member().equals(member.id()), "projects[" + i + "].member",
                    "project " + projects.get(i).id() + " belongs to member " + projects.get(i).member()
                            + ", not to " + member.id());
        }
    }

    public ScapId id() {
        return plan.id();
    }

    /**
     * Puts each plan together with its member and the projects it lists (by the plan's
     * project identifiers, or by a project's own {@code plan} reference).
     *
     * @throws InvalidValueException when a plan's member is not among the members
     */
    public static List<PlanDossier> assemble(List<Member> members, List<Scap> plans, List<Project> projects) {
        Map<MemberId, Member> byId = members.stream()
                .collect(Collectors.toMap(Member::id, Function.identity(), (a, b) -> a));
        Map<ScapId, List<Project>> byPlan = new LinkedHashMap<>();
        Map<ProjectId, Project> byProjectId = new LinkedHashMap<>();
        for (Project p : projects) {
            byProjectId.put(p.id(), p);
            if (p.plan() != null) {
                byPlan.computeIfAbsent(p.plan(), k -> new ArrayList<>()).add(p);
            }
        }
        List<PlanDossier> out = new ArrayList<>(plans.size());
        for (int i = 0; i < plans.size(); i++) {
            Scap plan = plans.get(i);
            Member member = byId.get(plan.member());
            if (member == null) {
                throw new InvalidValueException("plans[" + i + "].member",
                        "member " + plan.member() + " is not among the members given");
            }
            Map<ProjectId, Project> own = new LinkedHashMap<>();
            for (ProjectId id : plan.projects()) {
                Project p = byProjectId.get(id);
                if (p != null) {
                    own.put(p.id(), p);
                }
            }
            byPlan.getOrDefault(plan.id(), List.of()).forEach(p -> own.putIfAbsent(p.id(), p));
            out.add(new PlanDossier(member, plan, List.copyOf(own.values())));
        }
        return out;
    }
}
