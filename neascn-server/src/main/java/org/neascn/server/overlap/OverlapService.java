package org.neascn.server.overlap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.neascn.framework.overlap.Codebook;
import org.neascn.framework.overlap.Overlap;
import org.neascn.framework.overlap.OverlapNetwork;
import org.neascn.framework.overlap.OverlapSettings;
import org.neascn.framework.overlap.PlanDossier;
import org.neascn.framework.overlap.theme.CooperationSuggestion;
import org.neascn.framework.overlap.theme.CooperationThemes;
import org.neascn.model.member.Member;
import org.neascn.model.member.MemberId;
import org.neascn.model.project.Project;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapId;
import org.neascn.server.network.HostedNetwork;
import org.neascn.server.network.HostedNetworks;
import org.neascn.server.register.InvalidQueryException;
import org.neascn.server.register.Omitted;
import org.neascn.server.register.References;
import org.neascn.server.register.Screened;
import org.neascn.server.register.RecordNotFoundException;
import org.neascn.server.register.RegisterReader;
import org.neascn.server.register.Registers;
import org.neascn.server.security.Caller;
import org.neascn.server.security.CurrentCaller;
import org.neascn.server.security.Role;

/**
 * The overlap analysis of a network as its caller may see it: built from the plans the caller
 * may read (the public sees published plans only), their members and their projects.
 */
@ApplicationScoped
@Transactional
public class OverlapService {

    /** The defaults of the library, documented there; top lists as deep as a client may ask. */
    static final OverlapSettings SETTINGS = OverlapSettings.defaults();

    @Inject
    RegisterReader reader;

    @Inject
    OverlapCache cache;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    HostedNetworks networks;

    @Inject
    References references;

    /** What the last build of each view left out; rebuilt with the view whenever a record changes. */
    private final Map<String, List<Omitted>> omittedByView = new ConcurrentHashMap<>();

    /** The plans that overlap most with one plan, best first, each explained. */
    public List<Overlap> overlaps(String network, String plan, int limit) {
        if (limit < 1 || limit > SETTINGS.topK()) {
            throw new InvalidQueryException("limit", "must be between 1 and " + SETTINGS.topK() + " (was " + limit + ")");
        }
        OverlapNetwork analysis = analysis(network);
        ScapId id = planOf(analysis, network, plan);
        List<Overlap> top = analysis.topOverlaps(id);
        return top.subList(0, Math.min(limit, top.size()));
    }

    /** Why two plans overlap: a score of 0 with no evidence when they share nothing. */
    public Overlap explain(String network, String planA, String planB) {
        OverlapNetwork analysis = analysis(network);
        ScapId a = planOf(analysis, network, planA);
        ScapId b = planOf(analysis, network, planB);
        return analysis.explain(a, b).orElseGet(() -> new Overlap(a, analysis.plan(a).orElseThrow().member().id(), b,
                analysis.plan(b).orElseThrow().member().id(), 0, Map.of(), List.of()));
    }

    /**
     * The overlap matrix as a table: a row and a column per plan the caller may read, each cell
     * the score of the column's plan among the row plan's top overlaps, empty where it is not
     * among them (the analysis ranks the top k of each plan, not every pair).
     */
    public List<List<String>> matrix(String network) {
        OverlapNetwork analysis = analysis(network);
        List<ScapId> plans = analysis.plans().stream().map(PlanDossier::id).sorted(java.util.Comparator.comparing(ScapId::value))
                .toList();
        List<List<String>> rows = new java.util.ArrayList<>();
        List<String> header = new java.util.ArrayList<>(List.of("plan", "member"));
        plans.forEach(p -> header.add(p.value()));
        rows.add(header);
        for (ScapId plan : plans) {
            Map<ScapId, Double> scores = new java.util.HashMap<>();
            analysis.topOverlaps(plan).forEach(o -> scores.put(o.planA().equals(plan) ? o.planB() : o.planA(), o.score()));
            List<String> row = new java.util.ArrayList<>(List.of(plan.value(),
                    analysis.plan(plan).orElseThrow().member().id().value()));
            plans.forEach(other -> row.add(other.equals(plan) ? "" : scores.containsKey(other)
                    ? java.math.BigDecimal.valueOf(scores.get(other)).setScale(4, java.math.RoundingMode.HALF_EVEN).toPlainString() : ""));
            rows.add(row);
        }
        return rows;
    }

    /** Candidate cooperation initiatives: themes that three or more members' plans share. */
    public List<CooperationSuggestion> suggestions(String network) {
        HostedNetwork net = networks.get(network);
        return CooperationThemes.suggest(analysis(network), reader.visible(Registers.PARTNERS, network), net.sanctionsRegimes());
    }

    /** The plans and projects the analyses of the caller's view left out, with their reasons. */
    public List<Omitted> omitted(String network) {
        analysis(network);
        return omittedByView.getOrDefault(network + "|" + viewer(network), List.of());
    }

    private OverlapNetwork analysis(String network) {
        HostedNetwork net = networks.get(network);
        String viewer = viewer(network);
        return cache.view(network, viewer, () -> {
            List<Omitted> omitted = new ArrayList<>();
            OverlapNetwork built = OverlapNetwork.build(Codebook.of(net.data(), net.network().id()), SETTINGS,
                    dossiers(network, omitted));
            omittedByView.put(network + "|" + viewer, List.copyOf(omitted));
            return built;
        });
    }

    /**
     * The plans the caller may read, each with its member and projects. A stored plan or project
     * that breaks a rule today (a code its network no longer defines, a member the register lacks:
     * data from before such writes were refused) cannot be placed in the analysis: it is left out
     * and named, not allowed to fail the network's analysis for everyone.
     */
    private List<PlanDossier> dossiers(String network, List<Omitted> omitted) {
        List<Member> members = reader.visible(Registers.MEMBERS, network);
        Set<MemberId> known = members.stream().map(Member::id).collect(Collectors.toSet());
        Screened<Scap> plans = reader.screened(Registers.PLANS, network, references.forAnalyses(network, known, Scap::member));
        Screened<Project> projects = reader.screened(Registers.PROJECTS, network, references.forAnalyses(network, known, Project::member));
        omitted.addAll(plans.omitted());
        omitted.addAll(projects.omitted());
        return PlanDossier.assemble(members, plans.records(), projects.records());
    }

    /**
     * Whose view the caller reads: the secretariat sees every plan, a member editor with
     * unpublished plans of its own sees those besides the published ones, everybody else the
     * published plans only (so such callers share one view).
     */
    private String viewer(String network) {
        Caller caller = currentCaller.get();
        if (caller.role() == Role.SECRETARIAT) {
            return "secretariat";
        }
        if (caller.member() != null && reader.ownsUnpublished(Registers.PLANS, network, caller.member())) {
            return "member:" + caller.member();
        }
        return "public";
    }

    private static ScapId planOf(OverlapNetwork analysis, String network, String plan) {
        return analysis.plans().stream().map(PlanDossier::id).filter(id -> id.value().equals(plan)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("No '" + plan + "' among plans of network '" + network + "'"));
    }
}
