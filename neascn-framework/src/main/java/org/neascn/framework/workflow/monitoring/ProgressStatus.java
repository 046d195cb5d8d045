package org.neascn.framework.workflow.monitoring;

/** How an indicator, or a group of them, stands against its target. See {@link ProgressPolicy}. */
public enum ProgressStatus {
    /** The latest approved value has reached the target. */
    ACHIEVED,
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    /** No approved measurement yet, so nothing to judge. */
    NO_DATA
}
