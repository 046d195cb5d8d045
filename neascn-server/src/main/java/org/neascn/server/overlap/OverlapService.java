package org.neascn.server.overlap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.neascn.framework.overlap.Overlap;
import org.neascn.framework.overlap.OverlapNetwork;
import org.neascn.framework.overlap.OverlapSettings;
import org.neascn.framework.overlap.theme.CooperationSuggestion;
import org.neascn.framework.overlap.theme.CooperationThemes;
import org.neascn.model.scap.ScapId;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.server.network.HostedNetwork;
import org.neascn.server.network.HostedNetworks;
import org.neascn.server.register.InvalidQueryException;
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

    /** Candidate cooperation initiatives: themes that three or more members' plans share. */
    public List<CooperationSuggestion> suggestions(String network) {
        HostedNetwork net = networks.get(network);
        return CooperationThemes.suggest(analysis(network), reader.visible(Registers.PARTNERS, network), net.sanctionsRegimes());
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
