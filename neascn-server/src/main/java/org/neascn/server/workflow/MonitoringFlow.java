package org.neascn.server.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neascn.framework.workflow.Actor;
import org.neascn.framework.workflow.Outcome;
import org.neascn.framework.workflow.monitoring.IndicatorProgress;
import org.neascn.framework.workflow.monitoring.MeasurementWorkflow;
import org.neascn.framework.workflow.monitoring.ProgressPolicy;
import org.neascn.framework.workflow.monitoring.ProgressRollup;
import org.neascn.framework.workflow.monitoring.ProgressSummary;
import org.neascn.model.scap.Scap;
import org.neascn.server.register.ListQuery;
import org.neascn.server.register.Page;
import org.neascn.server.register.RegisterService;
import org.neascn.server.register.Registers;
import org.neascn.server.register.Stored;

/**
 * Indicator monitoring through the API by {@link MeasurementWorkflow}'s rules (entered →
 * approved or returned, corrected and entered again), and progress by {@link ProgressRollup}
 * with the default {@link ProgressPolicy}.
 */
@ApplicationScoped
@Transactional
public class MonitoringFlow {

    private final Clock clock = Clock.systemUTC();
    private final MeasurementWorkflow workflow = new MeasurementWorkflow(clock);
    private final ProgressRollup rollup = new ProgressRollup(ProgressPolicy.DEFAULT);

    @Inject
    Actors actors;

    @Inject
    WorkflowStore store;

    @Inject
    RegisterService registers;

    /** Progress of one plan: per strategic target, and every indicator. */
    public record PlanProgress(String plan, LocalDate asOf, Map<String, ProgressSummary> targets,
            List<IndicatorProgress> indicators) {
    }

    /** Progress across the network's published plans, per focus area and per member. */
    public record NetworkProgress(LocalDate asOf, int plans, Map<String, ProgressSummary> focusAreas,
            Map<String, ProgressSummary> members) {
    }

    public Stored<Scap> enter(String network, String plan, String target, String indicator, BigDecimal value,
            LocalDate date, String note) {
        Actor actor = actors.signedIn();
        Stored<Scap> current = store.load(Registers.PLANS, network, plan, null);
        return saved(network, current, workflow.enter(actor, current.record(), target, indicator, value, date, note), actor);
    }

    public Stored<Scap> approve(String network, String plan, String target, String indicator, int index, String comment) {
        Actor actor = actors.signedIn();
        Stored<Scap> current = store.load(Registers.PLANS, network, plan, null);
        return saved(network, current, workflow.approve(actor, current.record(), target, indicator, index, comment), actor);
    }

    public Stored<Scap> returnMeasurement(String network, String plan, String target, String indicator, int index,
            String reason) {
        Actor actor = actors.signedIn();
        Stored<Scap> current = store.load(Registers.PLANS, network, plan, null);
        return saved(network, current,
                workflow.returnMeasurement(actor, current.record(), target, indicator, index, reason), actor);
    }

    public Stored<Scap> correct(String network, String plan, String target, String indicator, int index,
            BigDecimal value, String note) {
        Actor actor = actors.signedIn();
        Stored<Scap> current = store.load(Registers.PLANS, network, plan, null);
        return saved(network, current,
                workflow.correct(actor, current.record(), target, indicator, index, value, note), actor);
    }

    public PlanProgress ofPlan(String network, String plan, LocalDate asOf) {
        Scap scap = store.load(Registers.PLANS, network, plan, null).record();
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        return new PlanProgress(plan, day, rollup.perTarget(scap, day), rollup.indicators(scap, day));
    }

    /** Roll-up over the published plans, optionally of one member. */
    public NetworkProgress ofNetwork(String network, String member, LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        List<Scap> plans = new ArrayList<>();
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", "PUBLISHED");
        if (member != null) {
            filters.put("member", member);
        }
        for (int offset = 0;; offset += ListQuery.MAX_LIMIT) {
            Page<Scap> page = registers.list(Registers.PLANS, network,
                    new ListQuery(filters, null, null, offset, ListQuery.MAX_LIMIT));
            page.items().forEach(s -> plans.add(s.record()));
            if (offset + ListQuery.MAX_LIMIT >= page.total()) {
                break;
            }
        }
        Map<String, ProgressSummary> areas = new LinkedHashMap<>();
        rollup.perFocusArea(plans, day).forEach((area, summary) -> areas.put(area.toString(), summary));
        Map<String, ProgressSummary> members = new LinkedHashMap<>();
        rollup.perMember(plans, day).forEach((id, summary) -> members.put(id.toString(), summary));
        return new NetworkProgress(day, plans.size(), areas, members);
    }

    private Stored<Scap> saved(String network, Stored<Scap> current, Outcome<Scap> outcome, Actor actor) {
        return store.save(Registers.PLANS, network, current, outcome.record(), outcome.audit(), actor);
    }
}
