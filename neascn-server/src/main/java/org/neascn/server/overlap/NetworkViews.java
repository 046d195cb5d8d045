package org.neascn.server.overlap;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.neascn.framework.overlap.Codebook;
import org.neascn.framework.overlap.OverlapNetwork;
import org.neascn.framework.overlap.OverlapSettings;
import org.neascn.framework.overlap.PlanDossier;
import org.neascn.model.member.MemberId;
import org.neascn.model.scap.ScapId;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.server.register.AccessPolicy;
import org.neascn.server.register.Registers;
import org.neascn.server.security.Caller;
import org.neascn.server.security.Role;

/**
 * The overlap analyses of one network, one per view, kept current plan by plan through the
 * framework's {@code update} and {@code remove}: the secretariat's (every plan), the public's
 * (what an anonymous reader may read: published plans), and, for a member with plans the public
 * may not read, its editors' (the public's plans and the member's own drafts). Which plan is in
 * which view is the {@link AccessPolicy}'s decision, asked with the view's reader.
 *
 * <p>While the secretariat and the public read the same dossiers (every plan published, as on a
 * network whose cities have all published), one analysis serves both and each change is applied
 * once: at 13,000 plans an update is linear in the network, so a second analysis doubled the
 * cost of every write. The first change that makes them differ gives the secretariat a copy of
 * the shared analysis and the public keeps the original, so a public reader still holding it
 * never sees a draft; once they agree again the copy is dropped.
 *
 * <p>A member's view is made from the public's by {@code copy} and updating its drafts, since
 * it differs from it by those alone: a signed-in reader sees members, plans and projects whole,
 * so a plan both may read has the same dossier in both. At most {@code maxMemberViews} are kept,
 * the least recently read dropped first; a dropped one is made again when next needed.
 *
 * <p>Changes are applied one at a time ({@link LiveOverlaps} serializes them per network);
 * reads may run meanwhile: each analysis shows a change whole or not at all.
 */
final class NetworkViews {

    private static final Logger LOG = Logger.getLogger(NetworkViews.class.getName());

    private final String network;
    private final AccessPolicy policy;
    private final int maxMemberViews;
    /** The public's analysis while the two views agree ({@code differing} empty), else its own. */
    private volatile OverlapNetwork secretariat;
    private final OverlapNetwork published;
    /** Plans whose dossier the secretariat and the public read differently, or only one of them reads. */
    private final Set<ScapId> differing;
    private final Map<String, OverlapNetwork> members = new LinkedHashMap<>(16, 0.75f, true);
    /** Per member, its plans in the secretariat's view that the public may not read. */
    private final Map<String, Set<ScapId>> unpublished = new ConcurrentHashMap<>();

    private NetworkViews(String network, AccessPolicy policy, int maxMemberViews, OverlapNetwork secretariat,
                         OverlapNetwork published, Set<ScapId> differing) {
        this.network = network;
        this.policy = policy;
        this.maxMemberViews = maxMemberViews;
        this.secretariat = secretariat;
        this.published = published;
        this.differing = new HashSet<>(differing);
        secretariat.plans().forEach(this::track);
    }

    /**
     * Analyses the records for the secretariat and the public: one analysis for both when they
     * read the same dossiers; otherwise the public's is the secretariat's copied, less the plans
     * the public may not read, when those are few (a tenth at most), or else built on its own.
     */
    static NetworkViews build(String network, Codebook codebook, OverlapSettings settings, NetworkRecords records,
                              AccessPolicy policy, int maxMemberViews) {
        List<PlanDossier> all = dossiers(records, Caller.secretariat(), policy);
        List<PlanDossier> open = dossiers(records, Caller.PUBLIC, policy);
        OverlapNetwork secretariat = OverlapNetwork.build(codebook, settings, all);
        Map<ScapId, PlanDossier> openById = byId(open);
        List<PlanDossier> differing = all.stream().filter(d -> !d.equals(openById.get(d.id()))).toList();
        Set<ScapId> allIds = all.stream().map(PlanDossier::id).collect(Collectors.toSet());
        Set<ScapId> differingIds = new HashSet<>(differing.stream().map(PlanDossier::id).toList());
        openById.keySet().stream().filter(id -> !allIds.contains(id)).forEach(differingIds::add);
        OverlapNetwork published;
        if (differingIds.isEmpty()) {
            published = secretariat;
        } else if (differing.size() <= all.size() / 10 && allIds.containsAll(openById.keySet())) {
            published = secretariat.copy();
            differing.forEach(d -> put(published, d.id(), openById.get(d.id())));
        } else {
            published = OverlapNetwork.build(codebook, settings, open);
        }
        return new NetworkViews(network, policy, maxMemberViews, secretariat, published, differingIds);
    }

    /** The analysis the caller reads. */
    OverlapNetwork forCaller(Caller caller) {
        if (caller.role() == Role.SECRETARIAT) {
            return secretariat;
        }
        if (caller.member() == null || unpublished.getOrDefault(caller.member(), Set.of()).isEmpty()) {
            return published;
        }
        synchronized (members) {
            OverlapNetwork view = members.get(caller.member());
            return view != null ? view : memberView(caller.member());
        }
    }

    /** How many plans each view holds, for readiness: the secretariat's, the public's, and members' views kept. */
    String describe() {
        synchronized (members) {
            OverlapNetwork all = secretariat;
            return all.plans().size() + " plans (" + published.plans().size() + " published"
                    + (all == published ? ", one analysis for both" : "") + "), "
                    + members.size() + " member views with drafts";
        }
    }

    /** The plans in the analysis that list one of the projects or carry it in their dossier, or whose member is one of these. */
    Set<String> plansWith(Set<String> projects, Set<String> members) {
        if (projects.isEmpty() && members.isEmpty()) {
            return Set.of();
        }
        return secretariat.plans().stream()
                .filter(d -> members.contains(d.member().id().value())
                        || d.plan().projects().stream().anyMatch(p -> projects.contains(p.value()))
                        || d.projects().stream().anyMatch(p -> projects.contains(p.id().value())))
                .map(d -> d.id().value()).collect(Collectors.toSet());
    }

    /**
     * Brings these plans up to date in every view from their records as read now: a plan that
     * exists and its view's reader may read is updated, any other leaves the view. A member whose
     * draft this makes gets its view at once, so that its editor's next read finds it ready.
     */
    void apply(Collection<String> plans, NetworkRecords now) {
        Map<ScapId, PlanDossier> all = byId(dossiers(now, Caller.secretariat(), policy));
        Map<ScapId, PlanDossier> open = byId(dossiers(now, Caller.PUBLIC, policy));
        synchronized (members) {
            Set<String> drafting = new HashSet<>();
            for (String plan : plans) {
                ScapId id = ScapId.of(plan);
                PlanDossier whole = all.get(id);
                PlanDossier seen = open.get(id);
                boolean same = Objects.equals(whole, seen);
                if (same) {
                    differing.remove(id);
                } else {
                    differing.add(id);
                }
                if (secretariat == published && !same) {
                    // The secretariat leaves the shared analysis, not the public, whose readers
                    // may hold it now: the copy is of the state both have read so far.
                    secretariat = published.copy();
                }
                put(published, id, seen);
                if (secretariat != published) {
                    put(secretariat, id, whole);
                }
                unpublished.values().forEach(drafts -> drafts.remove(id));
                if (whole != null && track(whole)) {
                    drafting.add(whole.member().id().value());
                }
                for (Map.Entry<String, OverlapNetwork> view : members.entrySet()) {
                    put(view.getValue(), id, open.containsKey(id) ? open.get(id)
                            : whole != null && readable(view.getKey(), whole) ? whole : null);
                }
            }
            if (secretariat != published && differing.isEmpty()) {
                secretariat = published; // The same dossiers again: the copy would only repeat the public's work.
            }
            members.keySet().removeIf(member -> unpublished.getOrDefault(member, Set.of()).isEmpty());
            unpublished.values().removeIf(Set::isEmpty);
            drafting.stream().filter(member -> !members.containsKey(member)).forEach(this::memberView);
        }
    }

    /** Made from the public's view and the member's drafts; the caller holds the lock of {@code members}. */
    private OverlapNetwork memberView(String member) {
        OverlapNetwork view = published.copy();
        for (ScapId draft : unpublished.getOrDefault(member, Set.of())) {
            secretariat.plan(draft).filter(d -> readable(member, d)).ifPresent(d -> put(view, draft, d));
        }
        members.put(member, view);
        if (members.size() > maxMemberViews) {
            members.remove(members.keySet().iterator().next());
        }
        return view;
    }

    private boolean readable(String member, PlanDossier dossier) {
        return policy.canRead(org.neascn.server.security.CurrentCaller.actorOf(Caller.memberEditor(member)), Registers.PLANS, dossier.plan());
    }

    /** Notes the plan among its member's unpublished ones if the public may not read it; says whether it did. */
    private boolean track(PlanDossier dossier) {
        if (policy.canRead(org.neascn.server.security.CurrentCaller.actorOf(Caller.PUBLIC), Registers.PLANS, dossier.plan())) {
            return false;
        }
        unpublished.computeIfAbsent(dossier.member().id().value(), m -> ConcurrentHashMap.newKeySet()).add(dossier.id());
        return true;
    }

    /**
     * The plan in one analysis as its dossier says, or out of it when there is none. A stored
     * plan the analysis cannot read (a code outside the network's vocabulary: the registers check
     * codes on write, so only data written before such a check) is left out, not allowed to
     * stop the other plans' changes; the log says which.
     */
    private static void put(OverlapNetwork analysis, ScapId id, PlanDossier dossier) {
        if (dossier == null) {
            analysis.remove(id);
            return;
        }
        if (analysis.plan(id).filter(dossier::equals).isPresent()) {
            return; // A write that changed nothing the analysis reads (a project's stage, a member's contact).
        }
        try {
            analysis.update(dossier);
        } catch (InvalidValueException e) {
            LOG.warning(() -> "Plan " + id + " is left out of the overlap analysis: " + e.getMessage());
            analysis.remove(id);
        }
    }

    /**
     * The reader's dossiers: the plans, members and projects it may read, as it may see them. A
     * plan or project that names a member the register does not hold (the registers do not yet
     * refuse such writes) cannot be placed in the analysis: it is left out.
     */
    static List<PlanDossier> dossiers(NetworkRecords records, Caller reader, AccessPolicy policy) {
        var members = records.members().stream().filter(m -> policy.canRead(org.neascn.server.security.CurrentCaller.actorOf(reader), Registers.MEMBERS, m))
                .map(m -> policy.view(org.neascn.server.security.CurrentCaller.actorOf(reader), Registers.MEMBERS, m)).toList();
        Set<MemberId> known = members.stream().map(m -> m.id()).collect(Collectors.toSet());
        var plans = records.plans().stream().filter(p -> known.contains(p.member()))
                .filter(p -> policy.canRead(org.neascn.server.security.CurrentCaller.actorOf(reader), Registers.PLANS, p)).map(p -> policy.view(org.neascn.server.security.CurrentCaller.actorOf(reader), Registers.PLANS, p)).toList();
        var projects = records.projects().stream().filter(p -> known.contains(p.member()))
                .filter(p -> policy.canRead(org.neascn.server.security.CurrentCaller.actorOf(reader), Registers.PROJECTS, p)).map(p -> policy.view(org.neascn.server.security.CurrentCaller.actorOf(reader), Registers.PROJECTS, p))
                .toList();
        return PlanDossier.assemble(members, plans, projects);
    }

    private static Map<ScapId, PlanDossier> byId(List<PlanDossier> dossiers) {
        return dossiers.stream().collect(Collectors.toMap(PlanDossier::id, Function.identity(), (a, b) -> a));
    }

    @Override
    public String toString() {
        return "overlap views of " + network;
    }
}
