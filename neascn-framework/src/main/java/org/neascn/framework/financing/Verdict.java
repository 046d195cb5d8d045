package org.neascn.framework.financing;

/** Where a financier stands for a project, best first. */
public enum Verdict {
    /** Every rule met. */
    MATCH,
    /** No rule failed, but at least one could not be decided from the data; a person checks. */
    POSSIBLE_MATCH,
    /** Exactly one rule failed: the project is one change (or one exception) away. */
    NEAR_MISS,
    /** Two or more rules failed. */
    EXCLUDED
}
