package org.neascn.server.overlap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.neascn.framework.overlap.Overlap;
import org.neascn.framework.overlap.OverlapNetwork;
import org.neascn.framework.overlap.OverlapSettings;
import org.neascn.framework.overlap.PlanDossier;
import org.neascn.framework.overlap.theme.CooperationSuggestion;
import org.neascn.model.scap.ScapId;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.server.network.HostedNetwork;
import org.neascn.server.network.HostedNetworks;
import org.neascn.server.register.InvalidQueryException;
import org.neascn.server.register.Omitted;
import org.neascn.server.register.RecordNotFoundException;
import org.neascn.server.register.RegisterReader;
import org.neascn.server.register.Registers;
import org.neascn.server.security.CurrentCaller;

/**
 * The overlap analysis of a network as its caller may see it (the public sees published plans
 * only, a member's editors its drafts besides), read from the live analysis that every
 * committed write keeps current.
 */
@ApplicationScoped
@Transactional
public class OverlapService {

    /** The defaults of the library, documented there; top lists as deep as a client may ask. */
    static final OverlapSettings SETTINGS = OverlapSettings.defaults();

    @Inject
    RegisterReader reader;

    @Inject
    LiveOverlaps live;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    HostedNetworks networks;

    @Inject
    OverlapRecords records;

    private final SuggestionCache suggestions = new SuggestionCache();

    /** The plans that overlap most with one plan, best first, each explained. */
    public List<Overlap> overlaps(String network, String plan, int limit) {
        if (limit < 1 || limit > SETTINGS.topK()) {
            throw new InvalidQueryException("limit", "must be between 1 and " + SETTINGS.topK() + " (was " + limit + ")");
        }
        OverlapNetwork analysis = analysis(network);
        List<Overlap> top = analysis.topOverlaps(planOf(analysis, network, plan));
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

    /**
     * Candidate cooperation initiatives: themes that three or more members' plans share, on the
     * concepts of the network's thesaurus where their texts name them, else on SDG targets and
     * focus areas; derived once per state of the caller's analysis.
     */
    public List<CooperationSuggestion> suggestions(String network) {
        HostedNetwork net = networks.get(network);
        return suggestions.suggestions(analysis(network), reader.visible(Registers.PARTNERS, network), net.sanctionsRegimes());
    }

    /** The plans and projects the analyses of the caller's view left out, with their reasons. */
    public List<Omitted> omitted(String network) {
        networks.get(network);
        return records.omitted(network, currentCaller.get());
    }

    private OverlapNetwork analysis(String network) {
        return live.analysis(network, currentCaller.get());
    }

    /** The plan in the caller's analysis; an identifier no plan could have is not found either. */
    private static ScapId planOf(OverlapNetwork analysis, String network, String plan) {
        try {
            ScapId id = ScapId.of(plan);
            if (analysis.plan(id).isPresent()) {
                return id;
            }
        } catch (InvalidValueException e) {
            // Not an identifier: no such plan.
        }
        throw new RecordNotFoundException("No '" + plan + "' among plans of network '" + network + "'");
    }
}
