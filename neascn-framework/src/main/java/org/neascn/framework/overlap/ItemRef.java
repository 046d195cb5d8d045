package org.neascn.framework.overlap;

import org.neascn.model.scap.ScapId;

/**
 * An item of a plan that evidence points at: the plan as a whole, one of its strategic targets
 * (by key) or one of its priority projects (by project identifier).
 */
public record ItemRef(Kind kind, ScapId plan, String key) {

    public enum Kind { PLAN, TARGET, PROJECT }

    @Override
    public String toString() {
        return kind == Kind.PLAN ? plan.value() : plan.value() + "/" + kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + key;
    }
}
