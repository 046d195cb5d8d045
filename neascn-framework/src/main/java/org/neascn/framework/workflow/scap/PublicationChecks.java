package org.neascn.framework.workflow.scap;

import java.util.ArrayList;
import java.util.List;
import org.neascn.model.scap.Indicator;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.StrategicTarget;

/**
 * What a plan must hold before the secretariat may publish it, beyond what any saved draft
 * holds. A published plan is what partners and financiers read and what monitoring measures
 * against, so it needs something to measure: focus areas, at least one strategic target,
 * and for every target a focus area and at least one indicator. Editors can run the checks
 * on a draft to see what is missing before they submit.
 */
public final class PublicationChecks {

    public static final String REQUIRES_FOCUS_AREAS = "scap.publish.requires-focus-areas";
    public static final String REQUIRES_TARGETS = "scap.publish.requires-targets";
    public static final String TARGET_REQUIRES_FOCUS_AREA = "scap.publish.target-requires-focus-area";
    public static final String TARGET_REQUIRES_INDICATORS = "scap.publish.target-requires-indicators";
    public static final String INDICATOR_TARGET_IS_BASELINE = "scap.publish.indicator-target-is-baseline";

    private PublicationChecks() {
    }

    /** Every reason the plan is not ready to publish, in the plan's order; empty when it is ready. */
    public static List<PublicationFinding> findings(Scap plan) {
        List<PublicationFinding> findings = new ArrayList<>();
        if (plan.focusAreas().isEmpty()) {
            findings.add(new PublicationFinding(REQUIRES_FOCUS_AREAS, "focusAreas",
                    "a published plan names at least one focus area of the network's taxonomy"));
        }
        if (plan.targets().isEmpty()) {
            findings.add(new PublicationFinding(REQUIRES_TARGETS, "targets",
                    "a published plan has at least one strategic target"));
        }
        for (StrategicTarget target : plan.targets()) {
            String field = "targets[" + target.key() + "]";
            if (target.focusAreas().isEmpty()) {
                findings.add(new PublicationFinding(TARGET_REQUIRES_FOCUS_AREA, field + ".focusAreas",
                        "target '" + target.key() + "' serves no focus area"));
            }
            if (target.indicators().isEmpty()) {
                findings.add(new PublicationFinding(TARGET_REQUIRES_INDICATORS, field + ".indicators",
                        "target '" + target.key() + "' has no indicator, so its progress cannot be measured"));
            }
            for (Indicator indicator : target.indicators()) {
                // A target equal to the baseline is a "hold the line" target; it is legitimate only
                // when the plan says when to hold it, i.e. the target year lies after the baseline.
                if (indicator.target().year() == indicator.baseline().year()
                        && indicator.target().value().compareTo(indicator.baseline().value()) == 0) {
                    findings.add(new PublicationFinding(INDICATOR_TARGET_IS_BASELINE,
                            field + ".indicators[" + indicator.key() + "].target",
                            "indicator '" + indicator.key() + "' targets its own baseline in the baseline year"));
                }
            }
        }
        return List.copyOf(findings);
    }
}
