package org.neascn.server.scap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.neascn.framework.workflow.Actor;
import org.neascn.model.scap.Indicator;
import org.neascn.model.scap.Measurement;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapStatus;
import org.neascn.model.scap.StrategicTarget;
import org.neascn.model.shared.LocalizedText;
import org.neascn.server.register.RegisterReader;
import org.neascn.server.register.Registers;
import org.neascn.server.workflow.Actors;

/**
 * The indicator updates that await the secretariat's review, across every published plan of
 * the network, oldest first: the secretariat's queue. A member's editor sees its own city's
 * entries in it (what it still waits for); nobody else has a queue.
 */
@ApplicationScoped
@Transactional
public class ReviewQueue {

    @Inject
    RegisterReader reader;

    @Inject
    Actors actors;

    /** One measurement awaiting review, addressed as the approve and return commands address it. */
    public record ReviewEntry(String plan, String member, String target, LocalizedText targetText, String indicator,
            LocalizedText indicatorName, String unit, int index, BigDecimal value, LocalDate date, String note) {
    }

    public List<ReviewEntry> awaiting(String network) {
        Actor actor = actors.current();
        if (actor.role() != Actor.Role.SECRETARIAT && actor.role() != Actor.Role.MEMBER_EDITOR) {
            return List.of();
        }
        List<ReviewEntry> entries = new ArrayList<>();
        for (Scap plan : reader.visible(Registers.PLANS, network)) {
            if (plan.status() != ScapStatus.PUBLISHED || !(actor.isSecretariat() || actor.editsFor(plan.member()))) {
                continue;
            }
            for (StrategicTarget target : plan.targets()) {
                for (Indicator indicator : target.indicators()) {
                    for (int i = 0; i < indicator.measurements().size(); i++) {
                        Measurement m = indicator.measurements().get(i);
                        if (m.status() == Measurement.MeasurementStatus.ENTERED) {
                            entries.add(new ReviewEntry(plan.id().value(), plan.member().value(), target.key(), target.text(),
                                    indicator.key(), indicator.name(), indicator.unit(), i, m.value(), m.date(), m.note()));
                        }
                    }
                }
            }
        }
        entries.sort(Comparator.comparing(ReviewEntry::date).thenComparing(ReviewEntry::plan));
        return entries;
    }
}
