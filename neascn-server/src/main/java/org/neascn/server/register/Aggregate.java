package org.neascn.server.register;

/** The aggregates a network keeps, each in its own register (table and collection). */
public enum Aggregate {
    MEMBER,
    PARTNER,
    PERSON,
    PLAN,
    PROJECT,
    INITIATIVE,
    MEETING,
    FRAMEWORK_VERSION,
    /** Consultation rounds on framework versions: kept by the workflow, not a register of their own. */
    CONSULTATION_ROUND,
    FINANCIER
}
